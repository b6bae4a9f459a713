using System.Diagnostics;
using System.Net;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Distributed;
using AnimPlatform.Tests.Api;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Distributed;

/// <summary>
/// Distributed mode end to end — real PostgreSQL, one web process, two worker processes (<see cref="DistributedCluster"/>,
/// started once): a three-minute show renders in chunks on both workers and joins to exactly the frames of a
/// single-machine render; a worker killed with SIGKILL mid-chunk does not lose the job; cancel stops every chunk
/// and leaves no file; a web restart mid-render loses nothing.
/// </summary>
[Trait("Category", TestCategory.Reliability)]
public sealed class DistributedRenderTests(DistributedCluster cluster, ITestOutputHelper output) : IClassFixture<DistributedCluster>
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(6);

    private JobsApiClient Api => cluster.Api;

    [PostgresFact]
    public async Task A_three_minute_show_renders_in_chunks_on_both_workers_and_joins_to_the_single_machine_frames()
    {
        await cluster.EnsureWorkersAsync();
        var started = Stopwatch.StartNew();
        var id = JobsApiClient.IdOf(await Api.SubmitYamlAsync(DistributedCluster.ThreeMinuteShow, DistributedCluster.Query));
        var done = await Api.WaitUntilFinishedAsync(id, RenderTimeout);
        Assert.True(JobsApiClient.StatusOf(done) == "done", $"{done}\n{string.Join("\n---\n", cluster.Workers.Select(w => w.Tail))}");
        var wall = started.Elapsed;

        var chunks = await cluster.ChunksAsync(id);
        Assert.True(chunks.Count >= 2, $"expected a chunked render, got {chunks.Count} chunk(s)");
        Assert.All(chunks, c => Assert.True(c.Done));
        var reference = await cluster.ReferenceFramesAsync();
        Assert.Equal(reference.Count, chunks.Sum(c => c.End - c.First)); // every frame in exactly one chunk
        foreach (var worker in cluster.Workers)
            Assert.Contains(chunks, c => DistributedCluster.IsWorkerName(c.Worker, worker)); // each worker rendered a chunk
        // Each worker logs the chunks it takes and finishes (job, frame range, seconds).
        await cluster.WaitUntilLoggedAsync(lines => chunks.All(c =>
                lines.Any(l => l.Contains($"finished chunk {c.Index} of job {id}: frames {c.First}..{c.End} in", StringComparison.Ordinal))),
            "a log line for every finished chunk");

        var video = Path.Combine(cluster.OutputDir, $"{id}.mp4");
        Assert.Equal(reference, Support.FrameHashes.Of(video)); // every frame, the seams included
        Assert.Equal(reference.Count / 30.0, Support.FfprobeInfo.Read(video).VideoDuration, 1); // 3 min + the final hold
        Assert.Equal([$"{id}.mp4", $"{id}.png"], cluster.FilesOf(id).Select(Path.GetFileName).Order().ToArray()); // chunk files gone
        output.WriteLine($"wall {wall.TotalSeconds:0.0} s; chunks: {string.Join(", ", chunks.Select(c => $"{c.Index} [{c.First}..{c.End}) {c.Seconds:0.0} s on {c.Worker}"))}");
    }

    [PostgresFact]
    public async Task A_worker_killed_mid_chunk_loses_nothing_another_worker_finishes_the_job()
    {
        await cluster.EnsureWorkersAsync();
        var id = JobsApiClient.IdOf(await Api.SubmitYamlAsync(DistributedCluster.ThreeMinuteShow, DistributedCluster.Query));
        WorkerProcess? victim = null;
        ChunkRow? interrupted = null;
        await cluster.WaitUntilAsync(async () =>
        {
            var rows = await cluster.ChunksAsync(id);
            interrupted = rows.FirstOrDefault(c => !c.Done && c.FramesDone > 0);
            victim = cluster.Workers.FirstOrDefault(w => DistributedCluster.IsWorkerName(interrupted?.Worker, w));
            return victim is not null;
        }, RenderTimeout, "a chunk half rendered");
        victim!.Kill(); // SIGKILL: no clean-up, no hand-back
        var killedAt = Stopwatch.StartNew();
        output.WriteLine($"killed worker {victim.Pid} at frame {interrupted!.First + interrupted.FramesDone} of chunk {interrupted.Index} [{interrupted.First}..{interrupted.End})");

        var done = await Api.WaitUntilFinishedAsync(id, RenderTimeout);
        Assert.True(JobsApiClient.StatusOf(done) == "done", $"{done}\n{string.Join("\n---\n", cluster.Workers.Select(w => w.Tail))}");
        var chunks = await cluster.ChunksAsync(id);
        var retaken = chunks.Single(c => c.Index == interrupted.Index);
        Assert.True(retaken.Attempts >= 2, "the killed worker's chunk was started again");
        Assert.False(DistributedCluster.IsWorkerName(retaken.Worker, victim));
        // Nothing lost, nothing twice: the joined video is still exactly the single-machine render.
        Assert.Equal(await cluster.ReferenceFramesAsync(), Support.FrameHashes.Of(Path.Combine(cluster.OutputDir, $"{id}.mp4")));
        Assert.Equal([$"{id}.mp4", $"{id}.png"], cluster.FilesOf(id).Select(Path.GetFileName).Order().ToArray());
        output.WriteLine($"done {killedAt.Elapsed.TotalSeconds:0.0} s after the kill (worker timeout 15 s); chunk {retaken.Index} finished by {retaken.Worker}");
    }

    [PostgresFact]
    public async Task Cancel_mid_render_stops_every_chunk_and_leaves_no_file()
    {
        await cluster.EnsureWorkersAsync();
        // At 720p a chunk takes many seconds, so both workers are seen mid-chunk together; at the other tests' 256x144 a
        // chunk took 2.3 s on CI and one worker could finish before the other had reported a frame (no overlap, a timeout).
        var id = JobsApiClient.IdOf(await Api.SubmitYamlAsync(DistributedCluster.ThreeMinuteShow, "?width=1280&height=720&fps=30"));
        await cluster.WaitUntilAsync(async () => (await cluster.ChunksAsync(id)).Count(c => c.FramesDone > 0 && !c.Done) >= 2,
            RenderTimeout, "both workers rendering a chunk");

        using (var cancel = await Api.Http.PostAsync($"/api/v1/jobs/{id}/cancel", null))
            Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
        var cancelled = Stopwatch.StartNew();
        await cluster.WaitUntilAsync(async () => await cluster.PendingHangfireJobsAsync() == 0, TimeSpan.FromSeconds(60), "every chunk job ending");
        var stopped = cancelled.Elapsed;

        Assert.Equal("cancelled", JobsApiClient.StatusOf(await Api.StatusAsync(id)));
        Assert.Empty(cluster.FilesOf(id)); // no video, no chunk, no temp file on the shared folder
        Assert.DoesNotContain(await cluster.ChunksAsync(id), c => c.Done && c.FramesDone < c.End - c.First);
        await cluster.WaitUntilLoggedAsync(_ => cluster.Workers.All(w =>
                w.Lines.Any(l => l.Contains($"of job {id}: the job was cancelled", StringComparison.Ordinal))),
            "every worker logging that it stopped its chunk for the cancel");
        Assert.DoesNotContain(cluster.Workers.SelectMany(w => w.Lines), l => l.Contains($"joined", StringComparison.Ordinal) && l.Contains(id.ToString()));
        output.WriteLine($"every chunk job ended {stopped.TotalSeconds:0.0} s after the cancel");
    }

    [PostgresFact]
    public async Task Restarting_the_web_process_mid_render_loses_nothing()
    {
        await cluster.EnsureWorkersAsync();
        var id = JobsApiClient.IdOf(await Api.SubmitYamlAsync(DistributedCluster.ThreeMinuteShow, DistributedCluster.Query));
        await cluster.WaitUntilAsync(async () => (await cluster.ChunksAsync(id)).Any(c => c.FramesDone > 0), RenderTimeout, "a chunk rendering");

        await cluster.Web.DisposeAsync(); // killed mid-render
        await cluster.StartWebAsync();

        var done = await cluster.Api.WaitUntilFinishedAsync(id, RenderTimeout);
        Assert.True(JobsApiClient.StatusOf(done) == "done", done.ToString());
        Assert.All(await cluster.ChunksAsync(id), c => Assert.Equal(1, c.Attempts)); // the restart took nothing from the workers
        Assert.Equal(await cluster.ReferenceFramesAsync(), Support.FrameHashes.Of(Path.Combine(cluster.OutputDir, $"{id}.mp4")));
        using var video = await cluster.Api.Http.GetAsync($"/api/v1/jobs/{id}/video");
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
    }

    /// <summary>A 24 s show: two chunks at CHUNK_MIN_SECONDS=10.</summary>
    private const string ShortShow = """
        meta:
          title: Short across workers
          canvas: { width: 640, height: 360, background: "#203010" }
        objects:
          - { id: t, type: text, content: "chunks", position: { x: 320, y: 180 } }
        timeline:
          - { action: fade-in, target: t, duration: 12s }
          - { action: fade-out, target: t, duration: 12s }
        """;

    [PostgresFact]
    public async Task A_chunk_failing_for_a_real_reason_fails_the_job_with_its_message_after_the_retry_budget()
    {
        await cluster.EnsureWorkersAsync();
        cluster.Ffmpeg.SetMode("crash"); // every worker's ffmpeg reads some frames and exits 1
        try
        {
            var id = JobsApiClient.IdOf(await Api.SubmitYamlAsync(ShortShow, DistributedCluster.Query));
            var failed = await Api.WaitUntilFinishedAsync(id, RenderTimeout);
            var logs = string.Join("\n---\n", cluster.Workers.Select(w => w.Tail));
            Assert.True(JobsApiClient.StatusOf(failed) == "error", $"{failed}\n{logs}");
            var error = failed.GetProperty("error").GetString()!;
            Assert.Contains("ffmpeg stopped with an error", error);
            Assert.Contains("simulated crash", error); // the cause, from ffmpeg's own words

            // The machine's fault was retried (Hangfire, Retries times) before the job failed: the chunk that failed it ran 1 + Retries times.
            var chunks = await cluster.ChunksAsync(id);
            Assert.Contains(chunks, c => c.Attempts == ChunkedRenderJobs.Retries + 1);
            Assert.All(chunks, c => Assert.False(c.Done));
            var retried = cluster.Workers.SelectMany(w => w.Lines).Count(l => l.Contains($"Job {id}: attempt", StringComparison.Ordinal) && l.Contains("Hangfire retries it", StringComparison.Ordinal));
            Assert.True(retried >= ChunkedRenderJobs.Retries, $"{retried} retries logged\n{logs}");

            // Every chunk job ends (the others see the failed job and stop) and nothing is left on the shared folder.
            await cluster.WaitUntilAsync(async () => await cluster.PendingHangfireJobsAsync() == 0, TimeSpan.FromSeconds(90), "every chunk job ending");
            Assert.Empty(cluster.FilesOf(id));
            output.WriteLine($"error: {error}; attempts: {string.Join(", ", chunks.Select(c => $"{c.Index}:{c.Attempts}"))}");
        }
        finally
        {
            cluster.Ffmpeg.SetMode(null);
        }

        // The workers are unharmed: the next job renders.
        var next = JobsApiClient.IdOf(await Api.SubmitYamlAsync(ShortShow, DistributedCluster.Query));
        Assert.Equal("done", JobsApiClient.StatusOf(await Api.WaitUntilFinishedAsync(next, RenderTimeout)));
    }

    [PostgresFact]
    public async Task A_narrated_show_renders_in_chunks_with_one_audio_track_made_for_the_whole_show()
    {
        await cluster.EnsureWorkersAsync();
        var show = System.Text.Json.Nodes.JsonNode.Parse("""
            {
              "meta": { "title": "Narrated across workers", "canvas": { "width": 640, "height": 360, "background": "#101020" } },
              "scenes": [
                { "name": "one", "narration": "First we look at the array. Then we sort it, one pass at a time.",
                  "manifest": { "meta": { "title": "one" }, "objects": [{ "id": "t", "type": "text", "content": "one", "position": { "x": 320, "y": 180 } }],
                    "timeline": [{ "action": "fade-in", "target": "t", "duration": "12s" }] } },
                { "name": "two", "narration": "In the end every value is in its place.",
                  "manifest": { "meta": { "title": "two" }, "objects": [{ "id": "u", "type": "text", "content": "two", "position": { "x": 320, "y": 180 } }],
                    "timeline": [{ "action": "fade-in", "target": "u", "duration": "12s" }] } }
              ]
            }
            """);
        var id = JobsApiClient.IdOf(await Api.SubmitJsonAsync(new { show, width = 256, height = 144, fps = 30, narrate = true, subtitles = "file" }));
        var done = await Api.WaitUntilFinishedAsync(id, RenderTimeout);
        Assert.True(JobsApiClient.StatusOf(done) == "done", $"{done}\n{string.Join("\n---\n", cluster.Workers.Select(w => w.Tail))}");

        var chunks = await cluster.ChunksAsync(id);
        Assert.True(chunks.Count >= 2, $"expected a chunked render, got {chunks.Count} chunk(s)");
        var probe = Support.FfprobeInfo.Read(Path.Combine(cluster.OutputDir, $"{id}.mp4"));
        Assert.True(probe.HasAudio, "the joined video carries the narration");
        Assert.Equal(probe.VideoDuration, probe.Duration, 1); // one track as long as the video, not one per chunk
        using var vtt = await Api.Http.GetAsync($"/api/v1/jobs/{id}/subtitles.vtt");
        Assert.Equal(HttpStatusCode.OK, vtt.StatusCode);
        Assert.Contains("In the end every value is in its place.", await vtt.Content.ReadAsStringAsync());
        // One join muxed the audio track of the whole show onto the joined chunks.
        bool Joined(string l) => l.Contains($"joined {chunks.Count} chunk(s) of job {id}", StringComparison.Ordinal);
        await cluster.WaitUntilLoggedAsync(lines => lines.Any(Joined), "the join's log line");
        Assert.Equal(1, cluster.Workers.SelectMany(w => w.Lines).Count(Joined));
    }

    [PostgresFact]
    public async Task Web_nodes_show_the_mode_the_workers_and_the_dashboard_behind_the_token()
    {
        await cluster.EnsureWorkersAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(cluster.Web.BaseUrl) };
        using (var refused = await anonymous.GetAsync("/hangfire"))
        {
            // Not signed in: sent to the sign-in page, as the other pages are.
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/signin", refused.Headers.Location?.OriginalString ?? "");
        }
        using (var dashboard = await Api.Http.GetAsync("/hangfire"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync());
        }
        var settings = await Api.Http.GetStringAsync("/settings");
        Assert.Contains("distributed", settings);
        foreach (var worker in cluster.Workers) Assert.Contains($":{worker.Pid}:", settings);
    }

    [PostgresFact]
    public async Task Progress_published_on_one_node_reaches_the_subscribers_of_another_through_listen_notify()
    {
        await using var worker = new PostgresJobNotifier(cluster.DatabaseConnectionString, NullLogger<JobNotifier>.Instance, NullLogger<PostgresJobNotifier>.Instance);
        await using var web = new PostgresJobNotifier(cluster.DatabaseConnectionString, NullLogger<JobNotifier>.Instance, NullLogger<PostgresJobNotifier>.Instance);
        await Task.WhenAll(worker.Listening, web.Listening).WaitAsync(TimeSpan.FromSeconds(30));
        var id = Guid.NewGuid();
        var received = new List<JobUpdate>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = web.Subscribe(u =>
        {
            if (u.JobId != id) return;
            lock (received) received.Add(u);
            if (u.Status == JobStatus.Done) done.TrySetResult();
        });
        var echoed = 0;
        using var own = worker.Subscribe(u => { if (u.JobId == id) Interlocked.Increment(ref echoed); });

        for (var p = 0; p <= 90; p++) worker.Publish(new JobUpdate(id, JobStatus.Rendering, p, JobStages.RenderingFrames));
        worker.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done));
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        lock (received)
        {
            Assert.Equal(JobStatus.Done, received[^1].Status);
            Assert.True(received.Count < 20, $"{received.Count} notifications: per-frame progress is coalesced");
            Assert.Equal(received.Select(r => r.Progress).Order(), received.Select(r => r.Progress)); // in order
        }
        Assert.Equal(92, echoed); // the publisher's own subscribers get every update once, never its echo
    }
}
