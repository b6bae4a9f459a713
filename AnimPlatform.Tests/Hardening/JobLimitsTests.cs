using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Jobs;
using AnimPlatform.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Hardening;

/// <summary>What keeps one job or one client from holding the server: cost refusal, budgets, fairness, limits.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobLimitsTests : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>A valid scene of <paramref name="seconds"/> at the given canvas with <paramref name="nodes"/> text objects.</summary>
    private static string Heavy(int width, int height, int seconds, int nodes)
    {
        var objects = string.Join(",", Enumerable.Range(0, nodes).Select(i =>
            $$$"""{"id":"n{{{i}}}","type":"text","content":"x","position":{"x":{{{10 + i % 100 * 30}}},"y":{{{10 + i / 100 * 30}}}}}"""));
        return $$$"""{"meta":{"title":"Heavy","canvas":{"width":{{{width}}},"height":{{{height}}}}},"objects":[{{{objects}}}],"timeline":[{"action":"pause","duration":{{{seconds}}}}]}""";
    }

    [Fact]
    public async Task A_job_estimated_over_the_maximum_render_time_is_refused_with_its_estimate()
    {
        await using var services = await JobsTestServices.CreateAsync(_dir.Path, new FakeTimeProvider(), o => o.MaxRenderTime = TimeSpan.FromMinutes(60));
        var jobs = services.Get<JobService>();

        var result = await jobs.SubmitAsync(new RenderRequest { ManifestText = Heavy(3840, 2160, 1790, 3000) });

        Assert.False(result.Accepted);
        Assert.Equal(SubmitRefusal.TooExpensive, result.Refusal);
        var message = result.Diagnostics.Single().Message;
        Assert.Contains("53,715 frames", message);
        Assert.Contains("8.29 megapixels", message);
        Assert.Contains("3,000 objects", message);
        Assert.Contains("60 min", message);
        Assert.Equal(0, await services.Store.CountAsync());

        var small = await jobs.SubmitAsync(new RenderRequest { ManifestText = TestManifests.Tiny() });
        Assert.True(small.Accepted);
        Assert.True(small.Job!.EstimatedSeconds > 0);
    }

    [Fact]
    public async Task A_client_over_its_queued_budget_is_refused_while_another_client_is_not()
    {
        // Each 60 s 1080p scene with few objects is estimated at ~1,800 × 2.07 × 0.0006 ≈ 2.2 s.
        await using var services = await JobsTestServices.CreateAsync(_dir.Path, new FakeTimeProvider(),
            o => o.MaxQueuedRenderTimePerClient = TimeSpan.FromSeconds(5));
        var jobs = services.Get<JobService>();
        var manifest = Heavy(1920, 1080, 60, 1);

        Assert.True((await jobs.SubmitAsync(new RenderRequest { ManifestText = manifest, ClientKey = "10.0.0.1" })).Accepted);
        Assert.True((await jobs.SubmitAsync(new RenderRequest { ManifestText = manifest, ClientKey = "10.0.0.1" })).Accepted);
        var third = await jobs.SubmitAsync(new RenderRequest { ManifestText = manifest, ClientKey = "10.0.0.1" });
        Assert.Equal(SubmitRefusal.ClientBudget, third.Refusal);
        Assert.Contains("you already have about", third.Diagnostics.Single().Message);

        Assert.True((await jobs.SubmitAsync(new RenderRequest { ManifestText = manifest, ClientKey = "10.0.0.2" })).Accepted);
    }

    [Fact]
    public async Task Below_the_free_space_floor_new_renders_are_refused()
    {
        await using var services = await JobsTestServices.CreateAsync(_dir.Path, new FakeTimeProvider(), o => o.MinFreeDiskBytes = long.MaxValue);
        var result = await services.Get<JobService>().SubmitAsync(new RenderRequest { ManifestText = TestManifests.Tiny() });
        Assert.Equal(SubmitRefusal.StorageFull, result.Refusal);
        Assert.Contains("MB free", result.Diagnostics.Single().Message);
    }

    [Fact]
    public async Task The_queue_serves_clients_in_turn_and_each_client_in_order()
    {
        var queue = new RenderQueue();
        Guid[] a = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var b = Guid.NewGuid();
        foreach (var id in a) queue.Enqueue(id, "a");
        queue.Enqueue(b, "b");

        var order = new List<Guid>();
        for (var i = 0; i < 4; i++) order.Add(await queue.DequeueAsync(CancellationToken.None));

        Assert.Equal([a[0], b, a[1], a[2]], order);
    }

    [Fact]
    public async Task A_job_interrupted_as_often_as_it_may_be_started_fails_at_start_up_instead_of_running_again()
    {
        await using var services = await JobsTestServices.CreateAsync(_dir.Path, new FakeTimeProvider(), o => o.MaxAttempts = 2);
        var store = services.Store;
        var job = await store.CreateAsync(new Job { Title = "crashes the server" });
        var recovery = services.Get<JobRecovery>();

        Assert.True(await store.TryClaimAsync(job.Id)); // attempt 1 ... the process dies
        Assert.Equal(1, await recovery.RecoverAsync());
        Assert.Equal(JobStatus.Queued, (await store.GetAsync(job.Id))!.Status);

        Assert.True(await store.TryClaimAsync(job.Id)); // attempt 2 ... dies again
        Assert.Equal(0, await recovery.RecoverAsync());
        var failed = (await store.GetAsync(job.Id))!;
        Assert.Equal(JobStatus.Error, failed.Status);
        Assert.Equal(2, failed.Attempts);
        Assert.Contains("started 2 times", failed.Error);
    }

    [Fact]
    public async Task The_watchdog_stops_a_render_past_its_maximum_time_even_while_it_reports_progress()
    {
        var progress = new Progress<JobProgress>();
        await using var watchdog = new RenderWatchdog(progress, TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(300), CancellationToken.None);
        var stopped = new TaskCompletionSource();
        await using var _ = watchdog.Token.Register(() => stopped.TrySetResult());
        using var keepReporting = new CancellationTokenSource();
        var reporter = Task.Run(async () =>
        {
            while (!watchdog.Token.IsCancellationRequested) { watchdog.Report(new JobProgress(1, "frames")); await Task.Delay(20); }
        });

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await reporter;
        Assert.True(watchdog.TimedOut);
        Assert.False(watchdog.Stalled);
    }

    [Fact]
    public void Failures_are_classified_from_typed_causes_not_from_message_text()
    {
        var disk = JobFailure.From(new IOException("write failed", 28), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.DiskFull, disk.Kind);
        var readOnly = JobFailure.From(new IOException("write failed", 30), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.OutputNotWritable, readOnly.Kind);
        var ffmpegFull = JobFailure.From(new VideoEncodingException("ffmpeg failed: x", fault: FfmpegFault.DiskFull, exitCode: 1), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.DiskFull, ffmpegFull.Kind);
        var crashed = JobFailure.From(new VideoEncodingException("ffmpeg failed: Segmentation fault", exitCode: 139), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.FfmpegCrashed, crashed.Kind);
        var pipe = JobFailure.From(new IOException("the other end went away", 32), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.FfmpegCrashed, pipe.Kind);
        // A message that merely mentions a full disk is not a full disk.
        var words = JobFailure.From(new InvalidOperationException("No space left on device"), "/out", "/db", TimeSpan.Zero);
        Assert.Equal(JobFailureKind.Unexpected, words.Kind);
        Assert.Equal(FfmpegFault.DiskFull, VideoEncodingException.Classify("[out#0] Error writing trailer: No space left on device"));
    }

    [Fact]
    public void The_speech_cache_stays_under_its_size_by_evicting_the_least_recently_used_clips()
    {
        var audio = new PcmAudio(new short[22_050], 22_050); // ~44 KB a clip
        var cache = new SpeechCache(Path.Combine(_dir.Path, "speech"), maxBytes: 200_000);
        var voice = new SpeechVoice("espeak", "en-us", 160);
        cache.Put(voice, "first", audio);
        File.SetLastWriteTimeUtc(cache.PathFor(voice, "first"), DateTime.UtcNow.AddHours(-2));
        cache.Put(voice, "second", audio);
        File.SetLastWriteTimeUtc(cache.PathFor(voice, "second"), DateTime.UtcNow.AddHours(-1));
        Assert.NotNull(cache.TryGet(voice, "first")); // used again: now the most recent

        for (var i = 0; i < 8; i++) cache.Put(voice, $"more {i}", audio);

        Assert.InRange(cache.MeasureBytes(), 1, 200_000);
        Assert.False(File.Exists(cache.PathFor(voice, "second")));
        Assert.True(File.Exists(cache.PathFor(voice, $"more 7")));
    }

    public void Dispose() => _dir.Dispose();
}
