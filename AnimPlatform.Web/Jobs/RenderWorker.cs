using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Drains the render queue with at most MaxConcurrentRenders renders at once: one loop per slot, each
/// taking the next job id. Recovers interrupted and queued jobs first. A failing job never stops a loop.
/// <para>
/// Shutting down (SIGTERM, Ctrl+C): no new job is taken; renders still running get
/// <see cref="JobsOptions.ShutdownGrace"/> to finish, then they are stopped and go back to the queue,
/// to start again from the beginning at the next start.
/// </para>
/// </summary>
public sealed class RenderWorker(
    RenderQueue queue,
    JobRunner runner,
    JobRecovery recovery,
    IOptions<JobsOptions> options,
    ILogger<RenderWorker> logger) : BackgroundService
{
    /// <summary>How long a job that could not be claimed because the database was locked waits before it is tried again.</summary>
    public static readonly TimeSpan BusyRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>Stops running renders: the grace after the host asked to stop, or at once when the host's own time runs out.</summary>
    private readonly CancellationTokenSource _abortRenders = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await recovery.RecoverAsync(stoppingToken);
        var slots = Math.Max(1, options.Value.MaxConcurrentRenders);
        await Task.WhenAll(Enumerable.Range(0, slots).Select(_ => Task.Run(() => DrainAsync(stoppingToken), stoppingToken)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // (_abortRenders is not disposed: a test host may stop a worker more than once.)
        var grace = options.Value.ShutdownGrace;
        if (grace <= TimeSpan.Zero) await _abortRenders.CancelAsync();
        else _abortRenders.CancelAfter(grace);
        await using var hostTimeout = cancellationToken.Register(() => _abortRenders.Cancel());
        await base.StopAsync(cancellationToken);
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Guid id;
            try { id = await queue.DequeueAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }
            if (stoppingToken.IsCancellationRequested) return; // still queued in the database: the next start takes it

            try { await runner.RunAsync(id, _abortRenders.Token); }
            catch (OperationCanceledException) when (_abortRenders.IsCancellationRequested) { return; }
            catch (Exception ex) when (JobDatabase.IsBusy(ex))
            {
                // Could not even claim the job: it is still queued in the database. Try again shortly.
                logger.LogWarning("The job database is locked by another program; job {JobId} is tried again in {Seconds} s",
                    id, BusyRetryDelay.TotalSeconds);
                _ = EnqueueLaterAsync(id, stoppingToken);
            }
            catch (Exception ex)
            {
                // The job stays queued in the database and is picked up again at the next start.
                logger.LogError(ex, "Render loop could not process job {JobId}", id);
            }
        }
    }

    private async Task EnqueueLaterAsync(Guid id, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(BusyRetryDelay, stoppingToken);
            queue.Enqueue(id);
        }
        catch (OperationCanceledException) { /* shutting down: the next start recovers it */ }
    }
}
