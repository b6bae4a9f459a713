using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Pages;
using AnimPlatform.Web.Components.Settings;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AnimPlatform.Tests.Distributed;

/// <summary>The Settings page's render-workers card: the mode, the workers seen in the last minute, the queue.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ClusterCardTests : PageTestContext
{
    [Fact]
    public void Embedded_mode_shows_this_process_as_the_one_worker_and_the_in_process_queue()
    {
        var queue = Services.GetRequiredService<RenderQueue>();
        queue.Enqueue(Guid.NewGuid(), "a");
        queue.Enqueue(Guid.NewGuid(), "b");
        var card = Render<ClusterCard>();
        card.WaitForAssertion(() =>
        {
            Assert.Contains("embedded", card.Find("[data-testid=setting-mode]").TextContent);
            Assert.Contains("1 (1 render slot)", card.Find("[data-testid=setting-workers]").TextContent);
            Assert.Contains("2 waiting", card.Find("[data-testid=setting-queue]").TextContent);
        });
        Assert.Empty(card.FindAll("[data-testid=setting-dashboard]"));
    }

}

/// <summary>The same card fed by distributed mode's status (the Hangfire servers seen), here a fixed snapshot.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class DistributedClusterCardTests : PageTestContext
{
    public DistributedClusterCardTests() =>
        Services.Replace(ServiceDescriptor.Singleton<IClusterStatus>(new FixedStatus(new ClusterSnapshot(ClusterSnapshot.Distributed,
            [new WorkerInfo("worker:render1:41:ab12cd", 2, Start.UtcDateTime), new WorkerInfo("worker:render2:77:ef34ab", 1, Start.UtcDateTime)], 5))));

    [Fact]
    public void Distributed_mode_lists_the_workers_their_slots_and_links_the_dashboard()
    {
        var card = Render<ClusterCard>();
        card.WaitForAssertion(() =>
        {
            Assert.Contains("distributed", card.Find("[data-testid=setting-mode]").TextContent);
            var workers = card.Find("[data-testid=setting-workers]").TextContent;
            Assert.Contains("2 (3 render slots)", workers);
            Assert.Contains("worker:render1:41:ab12cd", workers);
            Assert.Contains("5 waiting", card.Find("[data-testid=setting-queue]").TextContent);
            Assert.Equal("/hangfire", card.Find("[data-testid=setting-dashboard] a").GetAttribute("href"));
        });
    }

    private sealed class FixedStatus(ClusterSnapshot snapshot) : IClusterStatus
    {
        public Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken = default) => Task.FromResult(snapshot);
    }
}
