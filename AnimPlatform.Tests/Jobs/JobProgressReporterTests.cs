using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Jobs;

/// <summary>Progress reaches subscribers at every step and the database only a few times a second.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class JobProgressReporterTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private JobsTestServices _jobs = null!;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => _jobs = await JobsTestServices.CreateAsync(_dir.Path, TimeProvider.System);

    [Fact]
    public async Task EveryStepIsPublishedAndDatabaseWritesAreThrottled()
    {
        var id = (await _jobs.Store.CreateAsync(new Job())).Id;
        await _jobs.Store.TryClaimAsync(id);
        var notifier = _jobs.Get<IJobNotifier>();
        var published = 0;
        using var subscription = notifier.Subscribe(u => { if (u.JobId == id) Interlocked.Increment(ref published); });

        var interval = TimeSpan.FromMilliseconds(100);
        await using var reporter = new JobProgressReporter(id, _jobs.Store, notifier, _clock, interval, NullLogger.Instance);
        for (var step = 0; step < 600; step++) reporter.Report(new JobProgress(step / 6, JobStages.RenderingFrames));

        // Every step reached the subscribers; the database, whose clock has not moved, none yet.
        Assert.Equal(600, published);
        Assert.Equal(0, reporter.Writes);

        // One interval later the latest step is written once, whatever the number of steps in it.
        await AdvanceUntilAsync(() => reporter.Writes >= 1, interval);
        Assert.Equal(99, (await _jobs.Store.GetAsync(id))!.Progress);

        // Intervals without a new step write nothing: the next step is the second write, not one per elapsed interval.
        for (var i = 0; i < 5; i++) _clock.Advance(interval);
        reporter.Report(new JobProgress(100, JobStages.RenderingFrames));
        await AdvanceUntilAsync(() => reporter.Writes >= 2, interval);
        Assert.Equal(2, reporter.Writes);
        Assert.Equal(100, (await _jobs.Store.GetAsync(id))!.Progress);
    }

    /// <summary>Moves the reporter's clock one interval at a time until <paramref name="done"/> (its loop runs on the thread pool).</summary>
    private async Task AdvanceUntilAsync(Func<bool> done, TimeSpan interval)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the reporter did not write");
            _clock.Advance(interval);
            await Task.Delay(5);
        }
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        _dir.Dispose();
    }
}
