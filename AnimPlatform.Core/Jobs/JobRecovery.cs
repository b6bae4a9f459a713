using Microsoft.Extensions.Logging;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// At start-up, before any render runs: jobs left "rendering" (the process died mid-render) go back to
/// queued, and every queued job is put on the queue again, oldest first. No job is lost or stuck.
/// </summary>
public sealed class JobRecovery(JobStore store, RenderQueue queue, ILogger<JobRecovery> logger)
{
    /// <summary>Returns how many jobs were queued again.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var interrupted = await store.RequeueInterruptedAsync(cancellationToken);
        var queued = await store.ListIdsAsync(JobStatus.Queued, cancellationToken);
        foreach (var id in queued) queue.Enqueue(id);
        if (queued.Count > 0)
            logger.LogInformation("Resuming {Queued} queued job(s), {Interrupted} of them interrupted mid-render", queued.Count, interrupted);
        return queued.Count;
    }
}
