using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Jobs;

/// <summary>The job store on a real SQLite file: persistence, paging, and status changes that are safe under races.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobStoreTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private JobsTestServices _jobs = null!;
    private JobStore Store => _jobs.Store;

    public async Task InitializeAsync() => _jobs = await JobsTestServices.CreateAsync(_dir.Path, _clock);

    [Fact]
    public async Task CreatedJobIsSavedWithEveryField()
    {
        var job = await Store.CreateAsync(new Job
        {
            Title = "T", Topic = "a prompt", Manifest = """{"meta":{}}""", Width = 320, Height = 180, Fps = 12,
            Warnings = [new JobWarning("timeline[1].action", "unknown action")],
        });
        var read = await Store.GetAsync(job.Id);
        Assert.NotNull(read);
        Assert.Equal((JobStatus.Queued, 0, JobStages.Queued, "T", "a prompt", """{"meta":{}}""", 320, 180, 12),
            (read.Status, read.Progress, read.Stage, read.Title, read.Topic, read.Manifest, read.Width, read.Height, read.Fps));
        Assert.Equal([new JobWarning("timeline[1].action", "unknown action")], read.Warnings);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Null(read.CompletedAt);
        // Readable in the sqlite3 shell: lower-case status names.
        Assert.Equal("queued", await _jobs.ScalarAsync("SELECT status FROM jobs"));
        Assert.Equal("wal", await _jobs.ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task ListFiltersPagesAndCounts()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await Store.CreateAsync(new Job { Title = $"job {i}" })).Id);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        await Store.TryClaimAsync(ids[2]);
        await Store.TryCancelAsync(ids[3]);

        Assert.Equal(7, await Store.CountAsync());
        Assert.Equal(5, await Store.CountAsync(JobStatus.Queued));
        Assert.Equal([ids[6], ids[5], ids[4]], (await Store.ListAsync(limit: 3)).Select(j => j.Id));
        Assert.Equal([ids[3]], (await Store.ListAsync(JobStatus.Cancelled)).Select(j => j.Id));
        Assert.Equal([ids[1], ids[0]], (await Store.ListAsync(JobStatus.Queued, limit: 10, offset: 3)).Select(j => j.Id));
        Assert.Empty(await Store.ListAsync(offset: 50));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(limit: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(limit: 101));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(offset: -1));

        // Queue position among the queued jobs, oldest first; 0 once a job is not queued.
        Assert.Equal(1, await Store.QueuePositionAsync(ids[0]));
        Assert.Equal(5, await Store.QueuePositionAsync(ids[6]));
        Assert.Equal(0, await Store.QueuePositionAsync(ids[2]));
    }

    [Fact]
    public async Task StatusChangesOnlyFromTheRightStatus()
    {
        var id = (await Store.CreateAsync(new Job())).Id;
        Assert.False(await Store.UpdateProgressAsync(id, 10, "x"));     // not rendering yet
        Assert.False(await Store.TryCompleteAsync(id, "out.mp4", []));
        Assert.True(await Store.TryClaimAsync(id));
        Assert.False(await Store.TryClaimAsync(id));                      // claimed once only
        Assert.True(await Store.UpdateProgressAsync(id, 150, JobStages.RenderingFrames));
        Assert.Equal(100, (await Store.GetAsync(id))!.Progress);          // clamped
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Store.TryFailAsync(id, "ffmpeg failed"));
        var failed = await Store.GetAsync(id);
        Assert.Equal((JobStatus.Error, "ffmpeg failed", _clock.GetUtcNow().UtcDateTime), (failed!.Status, failed.Error, failed.CompletedAt));
        Assert.False(await Store.TryCancelAsync(id));                     // finished jobs stay as they are
        Assert.False(await Store.UpdateProgressAsync(id, 5, "late"));
        Assert.False(await Store.TryClaimAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task CompletionStoresOutputAndWarnings()
    {
        var id = (await Store.CreateAsync(new Job { Warnings = [new JobWarning("a", "from the check")] })).Id;
        await Store.TryClaimAsync(id);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(await Store.TryCompleteAsync(id, "/out/x.mp4", [new JobWarning("a", "from the check"), new JobWarning("b", "from compiling")]));
        var job = await Store.GetAsync(id);
        Assert.Equal((JobStatus.Done, 100, JobStages.Done, "/out/x.mp4"), (job!.Status, job.Progress, job.Stage, job.OutputPath));
        Assert.Equal(["a", "b"], job.Warnings.Select(w => w.Path));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, job.CompletedAt);
        Assert.Equal(job.UpdatedAt, job.CompletedAt);
    }

    [Fact]
    public async Task CancelRacingCompletionHasExactlyOneWinner()
    {
        for (var i = 0; i < 40; i++)
        {
            var id = (await Store.CreateAsync(new Job())).Id;
            Assert.True(await Store.TryClaimAsync(id));
            var cancel = Task.Run(() => Store.TryCancelAsync(id));
            var complete = Task.Run(() => Store.TryCompleteAsync(id, "out.mp4", []));
            var (cancelled, completed) = (await cancel, await complete);
            Assert.True(cancelled ^ completed, $"round {i}: cancel {cancelled}, complete {completed}");
            Assert.Equal(cancelled ? JobStatus.Cancelled : JobStatus.Done, (await Store.GetAsync(id))!.Status);
        }
    }

    [Fact]
    public async Task InterruptedRendersGoBackToTheQueue()
    {
        var rendering = (await Store.CreateAsync(new Job())).Id;
        var done = await _jobs.CreateDoneJobAsync();
        await Store.TryClaimAsync(rendering);
        await Store.UpdateProgressAsync(rendering, 60, JobStages.RenderingFrames);

        Assert.Equal(1, await Store.RequeueInterruptedAsync());
        var job = await Store.GetAsync(rendering);
        Assert.Equal((JobStatus.Queued, 0, JobStages.Queued), (job!.Status, job.Progress, job.Stage));
        Assert.Equal(JobStatus.Done, (await Store.GetAsync(done))!.Status);
        Assert.Equal([rendering], await Store.ListIdsAsync(JobStatus.Queued));
    }

    [Fact]
    public async Task DeleteRemovesTheRowAndTheFiles()
    {
        var id = await _jobs.CreateDoneJobAsync();
        var temp = Path.Combine(_jobs.OutputDir, $".{id}.abc.tmp.mp4");
        await File.WriteAllTextAsync(temp, "x");
        Assert.True(await Store.DeleteAsync(id));
        Assert.Null(await Store.GetAsync(id));
        Assert.Empty(Directory.GetFiles(_jobs.OutputDir));
        Assert.False(await Store.DeleteAsync(id));
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        _dir.Dispose();
    }
}
