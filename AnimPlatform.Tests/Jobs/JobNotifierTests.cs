using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnimPlatform.Tests.Jobs;

[Trait("Category", TestCategory.Unit)]
public sealed class JobNotifierTests
{
    private static JobUpdate Update(int progress) => new(Guid.Empty, JobStatus.Rendering, progress, JobStages.RenderingFrames);

    [Fact]
    public void SubscribersGetEveryUpdateUntilTheyUnsubscribe()
    {
        var notifier = new JobNotifier(NullLogger<JobNotifier>.Instance);
        var first = new List<int>();
        var second = new List<int>();
        var a = notifier.Subscribe(u => first.Add(u.Progress));
        using var b = notifier.Subscribe(u => second.Add(u.Progress));

        notifier.Publish(Update(1));
        a.Dispose();
        a.Dispose(); // twice is harmless
        notifier.Publish(Update(2));

        Assert.Equal([1], first);
        Assert.Equal([1, 2], second);
        Assert.Equal(1, notifier.SubscriberCount);
    }

    [Fact]
    public void AFailingSubscriberDoesNotStopTheOthers()
    {
        var notifier = new JobNotifier(NullLogger<JobNotifier>.Instance);
        var got = new List<int>();
        using var broken = notifier.Subscribe(_ => throw new InvalidOperationException("component gone"));
        using var working = notifier.Subscribe(u => got.Add(u.Progress));

        notifier.Publish(Update(5));

        Assert.Equal([5], got);
    }
}
