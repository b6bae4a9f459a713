using System.Diagnostics;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnimPlatform.Tests.Jobs;

/// <summary>Progress reaches subscribers at every step and the database only a few times a second.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class JobProgressReporterTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private JobsTestServices _jobs = null!;

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
        var elapsed = Stopwatch.StartNew();
        int writes;
        await using (var reporter = new JobProgressReporter(id, _jobs.Store, notifier, TimeProvider.System, interval, NullLogger.Instance))
        {
            for (var step = 0; step < 600; step++)
            {
                reporter.Report(new JobProgress(step / 6, JobStages.RenderingFrames));
                await Task.Delay(1);
            }
            await Task.Delay(interval * 3); // the last step reaches the database too
            writes = reporter.Writes;
        }

        Assert.Equal(600, published);
        Assert.InRange(writes, 1, (int)(elapsed.Elapsed / interval) + 1);
        Assert.Equal(99, (await _jobs.Store.GetAsync(id))!.Progress);
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        _dir.Dispose();
    }
}
