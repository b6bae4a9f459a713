using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>Runs the retention sweep at start-up and then every RetentionSweepInterval (an hour).</summary>
public sealed class RetentionService(
    RetentionSweeper sweeper,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, clock);
        do
        {
            try { await sweeper.SweepAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { logger.LogError(ex, "Retention sweep failed; retrying at the next interval"); }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try { return await timer.WaitForNextTickAsync(stoppingToken); }
        catch (OperationCanceledException) { return false; }
    }
}
