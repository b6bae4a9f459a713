using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Distributed;

/// <summary>
/// Web node start-up in distributed mode: every job still queued in the database is put on the Hangfire queue
/// again (a web node that died between saving a job and queuing it loses nothing; a duplicate is skipped when
/// its claim fails). Rendering jobs are left alone: Hangfire hands a dead worker's chunk to another worker,
/// and a web restart must never take a job away from the workers rendering it.
/// </summary>
public sealed class DistributedRecovery(IJobStore store, IRenderQueue queue, ILogger<DistributedRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queued = await store.ListQueuedAsync(cancellationToken);
        foreach (var (id, client) in queued) queue.Enqueue(id, client);
        if (queued.Count > 0) logger.LogInformation("Queued {Count} waiting job(s) on the render queue again", queued.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
