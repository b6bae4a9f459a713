using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// At start-up, before any render runs: jobs left "rendering" whose lease expired or was this node's own
/// (the process died mid-render) go back to queued — a job whose lease another live node renews is left alone —, and every queued job is put on the queue again, oldest first. No job is lost or stuck. A job
/// that was already started <see cref="JobsOptions.MaxAttempts"/> times fails instead: the process died
/// under it each time, and it must not take the worker down for ever.
/// </summary>
public sealed class JobRecovery(IJobStore store, IRenderQueue queue, IOptions<JobsOptions> options, ILogger<JobRecovery> logger)
{
    /// <summary>Returns how many jobs were queued again.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var exhausted = await store.FailExhaustedAsync(options.Value.MaxAttempts, a => JobFailure.Interrupted(a).Message, cancellationToken);
        foreach (var id in exhausted)
            logger.LogError("Job {JobId} failed: it was interrupted {Attempts} times; not rendered again", id, options.Value.MaxAttempts);
        var interrupted = await store.RequeueInterruptedAsync(cancellationToken);
        var queued = await store.ListQueuedAsync(cancellationToken);
        foreach (var (id, client) in queued) queue.Enqueue(id, client);
        if (queued.Count > 0)
            logger.LogInformation("Resuming {Queued} queued job(s), {Interrupted} of them interrupted mid-render", queued.Count, interrupted);
        return queued.Count;
    }
}
