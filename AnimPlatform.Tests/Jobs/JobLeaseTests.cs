using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Jobs;

/// <summary>
/// Claims are leases: two nodes over one store (one SQLite file) — a job is taken back only when its lease
/// expired, or by the node that held it after that node restarted (embedded mode); the heartbeat renews it and
/// tells the renderer when the stored status says the job was cancelled elsewhere.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobLeaseTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private JobsTestServices _a = null!;
    private JobsTestServices _b = null!;

    public async Task InitializeAsync()
    {
        _a = await JobsTestServices.CreateAsync(_dir.Path, _clock, o => o.NodeName = "node-a");
        _b = await JobsTestServices.CreateAsync(_dir.Path, _clock, o => o.NodeName = "node-b");
    }

    private TimeSpan Lease => _a.Options.LeaseDuration;

    [Fact]
    public async Task Another_nodes_live_lease_is_left_alone_until_it_expires()
    {
        var job = await _a.Store.CreateAsync(new Job { Title = "leased" });
        Assert.True(await _a.Store.TryClaimAsync(job.Id));
        var claimed = await _a.Store.GetAsync(job.Id);
        Assert.Equal(("node-a", _clock.GetUtcNow().UtcDateTime + Lease), (claimed!.LeaseOwner, claimed.LeaseExpiresAt));

        Assert.Equal(0, await _b.Store.RequeueInterruptedAsync());       // node b starts: not its job, not expired
        Assert.False(await _b.Store.TryTakeOverAsync(job.Id));
        Assert.Equal(JobStatus.Rendering, (await _a.Store.GetAsync(job.Id))!.Status);

        _clock.Advance(Lease + TimeSpan.FromSeconds(1));                 // node a stopped heart-beating
        Assert.Equal(1, await _b.Store.RequeueInterruptedAsync());
        var requeued = await _b.Store.GetAsync(job.Id);
        Assert.Equal((JobStatus.Queued, null, null), (requeued!.Status, requeued.LeaseOwner, requeued.LeaseExpiresAt));
    }

    [Fact]
    public async Task The_heartbeat_keeps_a_long_render_its_lease()
    {
        var job = await _a.Store.CreateAsync(new Job { Title = "long" });
        Assert.True(await _a.Store.TryClaimAsync(job.Id));
        for (var i = 0; i < 5; i++)
        {
            _clock.Advance(Lease / 2);
            Assert.True(await _a.Store.RenewLeaseAsync(job.Id));
        }
        // 2.5 leases since the claim, half a lease since the last heartbeat: still node a's.
        Assert.Equal(0, await _b.Store.RequeueInterruptedAsync());
        Assert.False(await _b.Store.RenewLeaseAsync(job.Id));            // b cannot renew a's lease
        Assert.True(await _b.Store.RenewLeaseAsync(job.Id, anyOwner: true)); // a chunk of a shared render can
        Assert.Equal("node-b", (await _a.Store.GetAsync(job.Id))!.LeaseOwner);
    }

    [Fact]
    public async Task A_restarted_node_takes_its_own_renders_back_at_once()
    {
        var job = await _a.Store.CreateAsync(new Job { Title = "interrupted" });
        Assert.True(await _a.Store.TryClaimAsync(job.Id));
        await using var restarted = await JobsTestServices.CreateAsync(_dir.Path, _clock, o => o.NodeName = "node-a");
        Assert.Equal(1, await restarted.Store.RequeueInterruptedAsync()); // embedded mode's restart, lease not expired
        Assert.Equal(JobStatus.Queued, (await restarted.Store.GetAsync(job.Id))!.Status);
    }

    [Fact]
    public async Task An_expired_render_is_taken_over_as_a_new_attempt()
    {
        var job = await _a.Store.CreateAsync(new Job { Title = "planner died" });
        Assert.True(await _a.Store.TryClaimAsync(job.Id));
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.True(await _b.Store.TryTakeOverAsync(job.Id));
        Assert.False(await _a.Store.TryTakeOverAsync(job.Id));           // b's fresh lease
        var taken = await _b.Store.GetAsync(job.Id);
        Assert.Equal(("node-b", 2, JobStatus.Rendering), (taken!.LeaseOwner, taken.Attempts, taken.Status));
        Assert.False(await _a.Store.RenewLeaseAsync(job.Id));            // a learns it lost the job
    }

    [Fact]
    public async Task A_cancel_through_another_node_stops_the_render_at_its_next_heartbeat()
    {
        await using var live = await JobsTestServices.CreateAsync(_dir.Path, TimeProvider.System, o => o.NodeName = "node-live");
        var job = await live.Store.CreateAsync(new Job { Title = "cancelled elsewhere" });
        Assert.True(await live.Store.TryClaimAsync(job.Id));
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var reporter = new JobProgressReporter(job.Id, live.Store, live.Get<IJobNotifier>(), TimeProvider.System,
            TimeSpan.FromMilliseconds(20), NullLogger.Instance, heartbeat: TimeSpan.FromMilliseconds(50), onLost: () => lost.TrySetResult());
        reporter.Report(new JobProgress(10, JobStages.RenderingFrames));

        Assert.True(await _b.Store.TryCancelAsync(job.Id));              // the cancel lands on another node
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(reporter.Lost);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _dir.Dispose();
    }
}
