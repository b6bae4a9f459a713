using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Runs one queued job: register → claim (queued → rendering) → render → done | error. Whoever loses a
/// race cleans up: a render that finishes after its job was cancelled or deleted deletes its own files.
/// A render stopped by the host shutting down goes back to queued and resumes at the next start.
/// </summary>
public sealed class JobRunner(
    IJobStore store,
    JobRenderer renderer,
    ActiveRenders active,
    IJobNotifier notifier,
    IVideoStore files,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<JobRunner> logger)
{
    public async Task RunAsync(Guid id, CancellationToken stopping)
    {
        // Register before claiming, so a cancel that sees "rendering" always finds the lease.
        using var lease = active.TryStart(id, stopping);
        if (lease is null) return; // a duplicate id of a job this process is rendering now
        // A claim that finds the database locked is retried for a while (then the job stays queued for the next start).
        if (!await DatabaseRetry.RunAsync(() => store.TryClaimAsync(id, CancellationToken.None), options.Value.DatabaseRetryWindow, logger,
                $"the claim of job {id}", stopping))
            return; // cancelled, deleted or already taken
        var job = await store.GetAsync(id, stopping);
        if (job is null) return;

        files.Delete(id); // leftovers of an earlier attempt that died (temp files of a killed process)
        logger.LogInformation("Rendering job {JobId} \"{Title}\"", id, job.Title);
        notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 0, JobStages.Preparing));
        RenderWatchdog? watchdog = null;
        try
        {
            RenderedJob result;
            // The reporter's heartbeat keeps the lease alive and stops the render when the stored status says it was
            // cancelled (by whichever node took the cancel).
            await using (var reporter = new JobProgressReporter(id, store, notifier, clock, options.Value.ProgressWriteInterval, logger,
                             options.Value.LeaseDuration / 3, onLost: lease.CancelByUser))
            await using (watchdog = new RenderWatchdog(reporter, options.Value.RenderStallTimeout, options.Value.MaxRenderTime, lease.Token))
                result = await RunStoppableAsync(id, () => renderer.RenderAsync(job, watchdog, watchdog.Token), watchdog.Token);

            // A database locked by another program must not lose a finished video: retry for a while.
            if (await DatabaseRetry.RunAsync(() => store.TryCompleteAsync(id, result.VideoPath, result.Warnings, CancellationToken.None),
                    options.Value.DatabaseRetryWindow, logger, $"the update of job {id}", lease.Token))
            {
                logger.LogInformation("Job {JobId} done: {Path}", id, result.VideoPath);
                notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done));
            }
            else
            {
                files.Delete(id); // cancelled or deleted while the last frames were written
            }
        }
        catch (Exception) when (lease.Token.IsCancellationRequested)
        {
            files.Delete(id);
            try
            {
                if (!lease.CancelledByUser && await store.TryRequeueAsync(id, CancellationToken.None))
                    logger.LogInformation("Job {JobId} interrupted by shutdown; it resumes at the next start", id);
            }
            catch (Exception ex) when (JobDatabase.IsBusy(ex))
            {
                // Still "rendering" in the database: the next start queues it again.
                logger.LogWarning("Job {JobId} interrupted by shutdown while the database was locked; it resumes at the next start", id);
            }
        }
        catch (Exception ex)
        {
            files.Delete(id);
            var failure = watchdog is { TimedOut: true } ? JobFailure.TimedOut(watchdog.MaxRenderTime)
                : watchdog is { Stalled: true } ? JobFailure.Stalled(watchdog.StallTimeout)
                : JobFailure.From(ex, files.OutputDir, DatabasePath, options.Value.DatabaseBusyTimeout + options.Value.DatabaseRetryWindow);
            if (failure.Kind is JobFailureKind.Job) logger.LogWarning("Job {JobId} failed: {Message}", id, failure.Message);
            else logger.LogError(ex, "Job {JobId} failed ({Kind}): {Message}", id, failure.Kind, failure.Message);
            try
            {
                // Recording the failure is retried for as long as the lock lasts (until the app stops): a job
                // must not stay "rendering" with nothing running it.
                if (await DatabaseRetry.RunAsync(() => store.TryFailAsync(id, failure.Message, CancellationToken.None),
                        Timeout.InfiniteTimeSpan, logger, $"the update of job {id}", stopping))
                    notifier.Publish(new JobUpdate(id, JobStatus.Error, 0, JobStages.Failed, failure.Message));
            }
            catch (Exception saveError) when (JobDatabase.IsBusy(saveError) || saveError is OperationCanceledException)
            {
                // Still "rendering" in the database: the next start renders it again.
                logger.LogError("Could not record the failure of job {JobId} before the app stopped: the database stayed locked; it is rendered again at the next start", id);
            }
        }
    }

    /// <summary>How long a stopped render gets to wind down by itself before its slot is taken back regardless.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs the render on the thread pool. When <paramref name="stop"/> is cancelled, the render gets
    /// <see cref="StopGrace"/> to notice and end (then its files are cleaned up before the caller goes on, so
    /// a cancel leaves nothing behind); a render still busy after that — a CPU-bound step that does not look
    /// at its token — is abandoned: the worker's slot is free for the next job at once, and the files the
    /// render leaves are deleted when it ends.
    /// </summary>
    private async Task<RenderedJob> RunStoppableAsync(Guid id, Func<Task<RenderedJob>> render, CancellationToken stop)
    {
        var work = Task.Run(render, CancellationToken.None);
        try
        {
            return await work.WaitAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !work.IsCompleted)
        {
            if (await Task.WhenAny(work, Task.Delay(StopGrace, CancellationToken.None)) == work)
                return await work; // it stopped by itself: its own exception (usually cancellation) goes on
            logger.LogWarning("Job {JobId}: the render did not stop within {Seconds} s; its slot is freed and its files are removed when it ends",
                id, StopGrace.TotalSeconds);
            _ = work.ContinueWith(_ => files.Delete(id), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
    }

    private string DatabasePath => Path.GetFullPath(options.Value.DatabasePath);
}
