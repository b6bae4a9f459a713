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
    public async Task OldJobsGoTempFilesOfNoRenderAreDeletedAndVideosOfNoJobAreQuarantined()
    {
        var old = await _jobs.CreateDoneJobAsync("old");
        var oldQueued = (await _jobs.Store.CreateAsync(new Job { Title = "old but still queued" })).Id;
        _clock.Advance(TimeSpan.FromDays(8));
        var fresh = await _jobs.CreateDoneJobAsync("fresh");

        var ofNoJob = new[]
        {
            $"{Guid.NewGuid()}.mp4",                 // a job deleted behind our back
            $"{Guid.NewGuid()}.png",                 // its poster
            "rendered-by-hand.mp4",                  // a video of no job
        };
        var temps = new[]
        {
            $".{Guid.NewGuid()}.0a1b.tmp.mp4",       // a temp file of a render that died
            $".{fresh}.0a1b.tmp.mp4",                // a stale temp file of a finished job
        };
        var keep = new[] { "notes.txt", "logo.png" };
        foreach (var name in ofNoJob.Concat(temps).Concat(keep)) await File.WriteAllTextAsync(Path.Combine(_jobs.OutputDir, name), "x");

        var result = await _jobs.Get<RetentionSweeper>().SweepAsync();

        Assert.Equal(new RetentionResult(1, temps.Length, ofNoJob.Length), result);
        Assert.Null(await _jobs.Store.GetAsync(old));
        Assert.NotNull(await _jobs.Store.GetAsync(fresh));
        Assert.Equal(JobStatus.Queued, (await _jobs.Store.GetAsync(oldQueued))?.Status);
        Assert.Equal(
            new[] { $"{fresh}.mp4", $"{fresh}.png" }.Concat(keep).Order(),
            Directory.GetFiles(_jobs.OutputDir).Select(Path.GetFileName).Order());
        var quarantine = _jobs.Get<OrphanQuarantine>().Folder;
        Assert.Equal(ofNoJob.Order(), Directory.GetFiles(quarantine).Select(Path.GetFileName).Order());

        // Unclaimed for the retention period after they were moved: deleted.
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(new RetentionResult(0, 0), await _jobs.Get<RetentionSweeper>().SweepAsync());
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new RetentionResult(1, ofNoJob.Length), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.Empty(Directory.GetFiles(quarantine));
    }

    [Fact]
    public async Task AQuarantinedVideoGoesBackWhenItsJobIsKnownAgain()
    {
        var keeper = await _jobs.CreateDoneJobAsync("keeps the table from looking empty");
        var lost = await _jobs.CreateDoneJobAsync("lost, then restored");
        var row = await _jobs.ScalarAsync($"SELECT title FROM jobs WHERE id = '{lost.ToString().ToUpperInvariant()}'");
        Assert.Equal("lost, then restored", row);
        await _jobs.ScalarAsync($"DELETE FROM jobs WHERE id = '{lost.ToString().ToUpperInvariant()}'");

        Assert.Equal(new RetentionResult(0, 0, 2), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.False(File.Exists(_jobs.Files.VideoPath(lost)));

        // The row comes back (a restored backup): the next sweep moves its files back into place.
        var again = await _jobs.Store.CreateAsync(new Job { Title = "restored" });
        await _jobs.ScalarAsync($"UPDATE jobs SET id = '{lost.ToString().ToUpperInvariant()}' WHERE id = '{again.Id.ToString().ToUpperInvariant()}'");
        await _jobs.Get<RetentionSweeper>().SweepAsync();
        Assert.Equal("video", await File.ReadAllTextAsync(_jobs.Files.VideoPath(lost)));
        Assert.Equal("poster", await File.ReadAllTextAsync(_jobs.Files.PosterPath(lost)));
        Assert.True(File.Exists(_jobs.Files.VideoPath(keeper)));
    }

    [Fact]
    public async Task AnEmptyJobTableNeverCostsAVideo()
    {
        // The videos of a database that was lost (its -wal deleted) or replaced by a fresh file: the new
        // table knows no job, so nothing in the output folder is touched.
        var videos = new[] { $"{Guid.NewGuid()}.mp4", $"{Guid.NewGuid()}.png", $".{Guid.NewGuid()}.0a1b.tmp.mp4" };
        foreach (var name in videos) await File.WriteAllTextAsync(Path.Combine(_jobs.OutputDir, name), "x");

        Assert.Equal(new RetentionResult(0, 0, 0), await _jobs.Get<RetentionSweeper>().SweepAsync());
        Assert.Equal(videos.Order(), Directory.GetFiles(_jobs.OutputDir).Select(Path.GetFileName).Order());
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
            // Made old behind the service's back: nothing happens until the next hourly tick.
            await _jobs.ScalarAsync($"UPDATE jobs SET created_at = '2029-12-01 12:00:00' WHERE id = '{id.ToString().ToUpperInvariant()}'");
            await Task.Delay(300);
            Assert.NotNull(await _jobs.Store.GetAsync(id));

            _clock.Advance(TimeSpan.FromHours(1));
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
