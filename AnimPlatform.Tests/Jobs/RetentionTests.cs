using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Jobs;

/// <summary>Clean-up with an injected clock: jobs older than the retention and files of no job go, the rest stays.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private JobsTestServices _jobs = null!;

    public async Task InitializeAsync() => _jobs = await JobsTestServices.CreateAsync(_dir.Path, _clock, o => o.RetentionDays = 7);

    [Fact]
    public async Task OldJobsAndOrphanFilesGoNewOnesStay()
    {
        var old = await _jobs.CreateDoneJobAsync("old");
        var oldQueued = (await _jobs.Store.CreateAsync(new Job { Title = "old but still queued" })).Id;
        _clock.Advance(TimeSpan.FromDays(8));
        var fresh = await _jobs.CreateDoneJobAsync("fresh");

        var orphans = new[]
        {
            $"{Guid.NewGuid()}.mp4",                 // a job deleted behind our back
            $"{Guid.NewGuid()}.png",                 // its poster
            "rendered-by-hand.mp4",                  // a video of no job
            $".{Guid.NewGuid()}.0a1b.tmp.mp4",       // a temp file of a render that died
            $".{fresh}.0a1b.tmp.mp4",                // a stale temp file of a finished job
        };
        var keep = new[] { "notes.txt", "logo.png" };
        foreach (var name in orphans.Concat(keep)) await File.WriteAllTextAsync(Path.Combine(_jobs.OutputDir, name), "x");

        var result = await _jobs.Get<RetentionSweeper>().SweepAsync();

        Assert.Equal(new RetentionResult(1, orphans.Length), result);
        Assert.Null(await _jobs.Store.GetAsync(old));
        Assert.NotNull(await _jobs.Store.GetAsync(fresh));
        Assert.Equal(JobStatus.Queued, (await _jobs.Store.GetAsync(oldQueued))?.Status);
        Assert.Equal(
            new[] { $"{fresh}.mp4", $"{fresh}.png" }.Concat(keep).Order(),
            Directory.GetFiles(_jobs.OutputDir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task AJobIsKeptUntilItIsOlderThanTheRetention()
    {
        var id = await _jobs.CreateDoneJobAsync();
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(new RetentionResult(0, 0), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.True(File.Exists(_jobs.Files.VideoPath(id)));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new RetentionResult(1, 0), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.False(File.Exists(_jobs.Files.VideoPath(id)));
        Assert.False(File.Exists(_jobs.Files.PosterPath(id)));
    }

    [Fact]
    public async Task TempFileOfARunningRenderStays()
    {
        var job = await _jobs.Store.CreateAsync(new Job { Title = "rendering" });
        Assert.True(await _jobs.Store.TryClaimAsync(job.Id));
        var temp = Path.Combine(_jobs.OutputDir, $".{job.Id}.0a1b.tmp.mp4");
        await File.WriteAllTextAsync(temp, "frames so far");
        _clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(new RetentionResult(0, 0), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.True(File.Exists(temp));
    }

    [Fact]
    public async Task TheServiceSweepsAtStartAndThenEveryHour()
    {
        var orphan = Path.Combine(_jobs.OutputDir, "orphan.mp4");
        await File.WriteAllTextAsync(orphan, "x");
        var id = await _jobs.CreateDoneJobAsync();
        var service = _jobs.Get<IEnumerable<IHostedService>>().OfType<RetentionService>().Single();
        await service.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => Task.FromResult(!File.Exists(orphan)), "the sweep at start");
            // Made old behind the service's back: 59 minutes on the service's clock are no tick, so the job is still there.
            await _jobs.ScalarAsync($"UPDATE jobs SET created_at = '2029-12-01 12:00:00' WHERE id = '{id.ToString().ToUpperInvariant()}'");
            _clock.Advance(TimeSpan.FromMinutes(59));
            Assert.NotNull(await _jobs.Store.GetAsync(id));

            _clock.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(async () => await _jobs.Store.GetAsync(id) is null, "the hourly sweep");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        _dir.Dispose();
    }
}
