using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Web.Jobs;

/// <summary>Applies migrations and WAL mode when the host starts, before the render worker and the API run.</summary>
public sealed class JobDatabaseInitializer(IDbContextFactory<JobsDbContext> contexts, ILogger<JobDatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await JobDatabase.InitializeAsync(db, cancellationToken);
        logger.LogDebug("Job database ready: {DataSource}", db.Database.GetDbConnection().DataSource);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
