using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Checkpoints the job database's WAL every CheckpointInterval and truncates it when the app stops, so the main
/// file never lags far behind: a lost or deleted -wal file costs at most one interval of writes.
/// Registered right after the initializer, so it stops after the worker has written its last update.
/// </summary>
public sealed class JobDatabaseCheckpointer(
    IDbContextFactory<JobsDbContext> contexts,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<JobDatabaseCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await CheckpointAsync(truncate: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CheckpointAsync(truncate: true, cancellationToken);
    }

    private async Task CheckpointAsync(bool truncate, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await JobDatabase.CheckpointAsync(db, truncate, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "WAL checkpoint of the job database failed; trying again at the next interval");
        }
    }
}
