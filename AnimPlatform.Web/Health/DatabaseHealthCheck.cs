using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AnimPlatform.Web.Health;

/// <summary>The job database answers a query.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<JobsDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Jobs.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("the job database is reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(JobDatabase.IsBusy(ex)
                ? "the job database is locked by another program: close it (e.g. an open sqlite3 shell)"
                : $"the job database cannot be read: {ex.GetBaseException().Message} (check DATABASE_PATH)");
        }
    }
}
