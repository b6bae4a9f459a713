using AnimPlatform.Core.Video;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Runs one queued job: register → claim (queued → rendering) → render → done | error. Whoever loses a
/// race cleans up: a render that finishes after its job was cancelled or deleted deletes its own files.
/// A render stopped by the host shutting down goes back to queued and resumes at the next start.
/// </summary>
public sealed class JobRunner(
    JobStore store,
    JobRenderer renderer,
    ActiveRenders active,
    IJobNotifier notifier,
    JobFiles files,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<JobRunner> logger)
{
    public async Task RunAsync(Guid id, CancellationToken stopping)
    {
        // Register before claiming, so a cancel that sees "rendering" always finds the lease.
        using var lease = active.TryStart(id, stopping);
        if (lease is null) return; // a duplicate id of a job this process is rendering now
        if (!await store.TryClaimAsync(id, stopping)) return; // cancelled, deleted or already taken
        var job = await store.GetAsync(id, stopping);
        if (job is null) return;

        files.Delete(id); // leftovers of an earlier attempt that died (temp files of a killed process)
        logger.LogInformation("Rendering job {JobId} \"{Title}\"", id, job.Title);
        notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 0, JobStages.Preparing));
        try
        {
            RenderedJob result;
            await using (var reporter = new JobProgressReporter(id, store, notifier, clock, options.Value.ProgressWriteInterval, logger))
                result = await renderer.RenderAsync(job, reporter, lease.Token);

            if (await store.TryCompleteAsync(id, result.VideoPath, result.Warnings, CancellationToken.None))
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
            if (!lease.CancelledByUser && await store.TryRequeueAsync(id, CancellationToken.None))
                logger.LogInformation("Job {JobId} interrupted by shutdown; it resumes at the next start", id);
        }
        catch (Exception ex)
        {
            files.Delete(id);
            var message = ex is VideoEncodingException or JobRenderException ? ex.Message : $"unexpected error: {ex.Message}";
            logger.LogError(ex, "Job {JobId} failed", id);
            if (await store.TryFailAsync(id, message, CancellationToken.None))
                notifier.Publish(new JobUpdate(id, JobStatus.Error, 0, JobStages.Failed, message));
        }
    }
}
