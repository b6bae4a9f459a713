using AnimPlatform.Core.Pipeline;
using System.Diagnostics;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Video;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// A job rendered across machines, as Hangfire jobs on the "renders" queue of any worker:
/// <list type="number">
/// <item><see cref="PlanAsync"/> claims the job, checks and compiles it, splits its frames (<see cref="ChunkPlan"/>,
/// sized from the frames and the render slots of the workers seen) and enqueues one chunk job per range;</item>
/// <item><see cref="RenderChunkAsync"/> encodes one range from the stored manifest and settings alone, into the
/// job's chunk folder (temp name + atomic move: a retried chunk overwrites only its own output), and when it
/// finds every chunk done enqueues the join;</item>
/// <item><see cref="JoinAsync"/> concatenates the chunks without re-encoding, adds the narration audio made once for
/// the whole show, saves the poster and completes the job (one winner, so a duplicate join is harmless).</item>
/// </list>
/// Cancel is the stored status: each chunk's heartbeat sees it and stops; chunks that start later see it and
/// only clean up. A worker that dies mid-chunk stops renewing Hangfire's sliding invisibility, and another
/// worker takes the chunk over. A chunk that fails for a real reason (bad manifest, ffmpeg error) fails the
/// job with its message — at once for the job's own problem, after the retry budget for the machine's.
/// </summary>
public sealed class ChunkedRenderJobs(
    IJobStore store,
    JobChunkStore chunks,
    JobRenderer renderer,
    IVideoStore files,
    IJobNotifier notifier,
    IBackgroundJobClient hangfire,
    IClusterStatus cluster,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<ChunkedRenderJobs> logger)
{
    public const string Queue = "renders";

    /// <summary>Retries of a chunk (or plan, or join) that failed for a reason of the machine, before the job fails.</summary>
    public const int Retries = 2;

    private string Node => options.Value.NodeName;

    public string PartPath(Guid id, int index) => Path.Combine(files.ChunkDir(id), $"part{index:D4}.mp4");

    [Queue(Queue)]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [1, 3], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task PlanAsync(Guid id, PerformContext? context, CancellationToken cancellationToken)
    {
        // queued → rendering; or a rendering job whose planner died (its lease expired) is planned again.
        if (!await store.TryClaimAsync(id, CancellationToken.None) && !await store.TryTakeOverAsync(id, CancellationToken.None))
        {
            logger.LogDebug("Job {JobId} is not waiting to be planned (cancelled, deleted or rendering elsewhere)", id);
            return;
        }
        var job = await store.GetAsync(id, CancellationToken.None);
        if (job is null) return;
        try
        {
            files.Delete(id); // leftovers of an earlier attempt
            files.EnsureWritable(id);
            notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 0, JobStages.Preparing));
            var (show, _) = await renderer.PrepareAsync(job, null, cancellationToken);
            var total = show.Compiled.FrameCount(job.Fps);
            var slots = Math.Max(1, (await cluster.ReadAsync(cancellationToken)).RenderSlots);
            var plan = ChunkPlan.For(total, job.Fps, slots * options.Value.ChunksPerSlot, options.Value.ChunkMinSeconds);
            await chunks.PlanAsync(id, plan, CancellationToken.None);
            Directory.CreateDirectory(files.ChunkDir(id));
            for (var i = 0; i < plan.Count; i++)
            {
                var index = i;
                hangfire.Enqueue<ChunkedRenderJobs>(jobs => jobs.RenderChunkAsync(id, index, null, CancellationToken.None));
            }
            logger.LogInformation("Job {JobId} \"{Title}\" planned by {Node}: {Frames} frames in {Chunks} chunk(s) for {Slots} render slot(s)",
                id, job.Title, Node, total, plan.Count, slots);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested || ex is not OperationCanceledException)
        {
            if (await FailOrRetryAsync(id, ex, context)) throw;
        }
        catch (OperationCanceledException)
        {
            await store.TryRequeueAsync(id, CancellationToken.None); // the worker stops: Hangfire runs the plan again
            throw;
        }
    }

    [Queue(Queue)]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [1, 3], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RenderChunkAsync(Guid id, int index, PerformContext? context, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(id, CancellationToken.None);
        if (job is not { Status: JobStatus.Rendering })
        {
            CleanUpStopped(id, job);
            return;
        }
        var chunk = await chunks.GetAsync(id, index, CancellationToken.None);
        if (chunk is null) return; // planned again since: that plan enqueued its own chunks
        if (chunk.Done && File.Exists(PartPath(id, index)))
        {
            if (await chunks.CompleteAsync(id, index, chunk.Worker ?? Node, chunk.Seconds, CancellationToken.None)) EnqueueJoin(id);
            return;
        }

        var range = new FrameRange(chunk.FirstFrame, chunk.EndFrame);
        await chunks.StartAsync(id, index, Node, CancellationToken.None);
        logger.LogInformation("Worker {Node} took chunk {Index} of job {JobId}: frames {Range}", Node, index, id, range);
        var started = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        RenderWatchdog? watchdog = null;
        var lost = false;
        try
        {
            await using (var reporter = new JobProgressReporter(id, store, notifier, clock, options.Value.ProgressWriteInterval, logger,
                             options.Value.ChunkHeartbeat, onLost: () => { lost = true; stop.Cancel(); }, sharedLease: true))
            await using (watchdog = new RenderWatchdog(reporter, options.Value.RenderStallTimeout, options.Value.MaxRenderTime, stop.Token))
            await using (var frames = new ChunkFrameProgress(id, chunk, await TotalFramesAsync(id), chunks, watchdog, logger))
            {
                var (show, _) = await renderer.PrepareAsync(job, null, watchdog.Token);
                await VideoEncoder.EncodeRangeAsync(show.Compiled, range, PartPath(id, index), renderer.VideoFor(job), frames, watchdog.Token);
            }
        }
        catch (Exception) when (lost)
        {
            logger.LogInformation("Worker {Node} stopped chunk {Index} of job {JobId}: the job was cancelled", Node, index, id);
            CleanUpStopped(id, await store.GetAsync(id, CancellationToken.None));
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the worker is stopping: Hangfire gives the chunk to another worker
        }
        catch (Exception ex)
        {
            // A stalled or overlong chunk fails the job, as an embedded render would: the next try would do the same.
            var failure = watchdog is { TimedOut: true } ? JobFailure.TimedOut(watchdog.MaxRenderTime)
                : watchdog is { Stalled: true } ? JobFailure.Stalled(watchdog.StallTimeout) : null;
            if (await FailOrRetryAsync(id, ex, context, failure)) throw;
            return;
        }

        var seconds = started.Elapsed.TotalSeconds;
        var allDone = await chunks.CompleteAsync(id, index, Node, seconds, CancellationToken.None);
        logger.LogInformation("Worker {Node} finished chunk {Index} of job {JobId}: frames {Range} in {Seconds:0.00} s", Node, index, id, range, seconds);
        var now = await store.GetAsync(id, CancellationToken.None);
        if (now is not { Status: JobStatus.Rendering }) CleanUpStopped(id, now); // cancelled while the last frames were written
        else if (allDone) EnqueueJoin(id);
    }

    [Queue(Queue)]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [1, 3], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task JoinAsync(Guid id, PerformContext? context, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(id, CancellationToken.None);
        if (job is not { Status: JobStatus.Rendering })
        {
            CleanUpStopped(id, job);
            return;
        }
        var rows = await chunks.ListAsync(id, CancellationToken.None);
        if (rows.Count == 0 || rows.Any(c => !c.Done)) return; // a stale join: the last chunk enqueues another
        var started = Stopwatch.StartNew();
        try
        {
            await store.UpdateProgressAsync(id, 99, JobStages.Encoding, CancellationToken.None);
            notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 99, JobStages.Encoding));
            var (show, warnings) = await renderer.PrepareAsync(job, null, cancellationToken);
            var parts = rows.Select(c => PartPath(id, c.Index)).ToList();
            if (parts.FirstOrDefault(p => !File.Exists(p)) is { } missing)
                throw new FileNotFoundException($"chunk output {missing} is missing (is OUTPUT_DIR the same shared folder on every worker?)", missing);
            var videoPath = files.VideoPath(id);
            if (show.HasAudio)
            {
                var silent = Path.Combine(files.ChunkDir(id), $"joined.{Guid.NewGuid():N}.mp4");
                await VideoEncoder.JoinAsync(parts, silent, cancellationToken);
                await VideoPipeline.AddAudioAsync(show, silent, videoPath, job.Fps, cancellationToken);
            }
            else
            {
                await VideoEncoder.JoinAsync(parts, videoPath, cancellationToken);
            }
            renderer.SavePoster(job, show);
            if (await store.TryCompleteAsync(id, videoPath, warnings, CancellationToken.None))
            {
                notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done));
                DeleteChunkDir(id);
                logger.LogInformation("Worker {Node} joined {Chunks} chunk(s) of job {JobId} in {Seconds:0.00} s: {Path}",
                    Node, rows.Count, id, started.Elapsed.TotalSeconds, videoPath);
            }
            else
            {
                CleanUpStopped(id, await store.GetAsync(id, CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            if (await FailOrRetryAsync(id, ex, context)) throw;
        }
    }

    private async Task<int> TotalFramesAsync(Guid id) => (await chunks.ListAsync(id, CancellationToken.None)).Sum(c => c.FrameCount);

    private void EnqueueJoin(Guid id) =>
        hangfire.Enqueue<ChunkedRenderJobs>(jobs => jobs.JoinAsync(id, null, CancellationToken.None));

    /// <summary>
    /// The job is no longer rendering: cancelled, failed or deleted → all its files go; done → only the chunk
    /// folder (a late duplicate must not touch the finished video).
    /// </summary>
    private void CleanUpStopped(Guid id, Job? job)
    {
        if (job is { Status: JobStatus.Done }) DeleteChunkDir(id);
        else if (job is null or { Status: JobStatus.Cancelled or JobStatus.Error }) files.Delete(id);
    }

    private void DeleteChunkDir(Guid id)
    {
        try { if (Directory.Exists(files.ChunkDir(id))) Directory.Delete(files.ChunkDir(id), recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { logger.LogWarning(ex, "Could not remove the chunks of job {JobId}", id); }
    }

    /// <summary>
    /// True: let Hangfire retry (a machine fault with retries left). False: the job failed with its message —
    /// its own problem (the manifest) at once, any other after the retry budget.
    /// </summary>
    private async Task<bool> FailOrRetryAsync(Guid id, Exception ex, PerformContext? context, JobFailure? known = null)
    {
        var failure = known ?? JobFailure.From(ex, files.OutputDir, "PostgreSQL", options.Value.DatabaseBusyTimeout);
        var retry = context?.GetJobParameter<int>("RetryCount") ?? Retries;
        if (known is null && failure.Kind is not JobFailureKind.Job && retry < Retries)
        {
            logger.LogWarning(ex, "Job {JobId}: attempt {Attempt} failed on {Node} ({Kind}); Hangfire retries it", id, retry + 1, Node, failure.Kind);
            return true;
        }
        var message = failure.Message;
        logger.LogWarning("Job {JobId} failed on {Node}: {Message}", id, Node, message);
        if (await store.TryFailAsync(id, message, CancellationToken.None))
            notifier.Publish(new JobUpdate(id, JobStatus.Error, 0, JobStages.Failed, message));
        files.Delete(id);
        return false;
    }
}
