using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Drains the render queue with at most MaxConcurrentRenders renders at once: one loop per slot, each
/// taking the next job id. Recovers interrupted and queued jobs first. A failing job never stops a loop.
/// </summary>
public sealed class RenderWorker(
    RenderQueue queue,
    JobRunner runner,
    JobRecovery recovery,
    IOptions<JobsOptions> options,
    ILogger<RenderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await recovery.RecoverAsync(stoppingToken);
        var slots = Math.Max(1, options.Value.MaxConcurrentRenders);
        await Task.WhenAll(Enumerable.Range(0, slots).Select(_ => Task.Run(() => DrainAsync(stoppingToken), stoppingToken)));
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Guid id;
            try { id = await queue.DequeueAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }

            try { await runner.RunAsync(id, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                // The job stays queued in the database and is picked up again at the next start.
                logger.LogError(ex, "Render loop could not process job {JobId}", id);
            }
        }
    }
}
