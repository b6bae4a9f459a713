using AnimPlatform.Core.Jobs.Persistence;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AnimPlatform.Web.Distributed;

/// <summary>
/// At start, before anything else of the job system runs: applies the PostgreSQL migrations of the jobs
/// database and installs Hangfire's schema, under one PostgreSQL advisory lock, so a web node and several
/// workers starting together never race to create the same tables.
/// </summary>
public sealed class DistributedDatabaseInitializer(string connectionString, IDbContextFactory<JobsDbContext> contexts,
    ILogger<DistributedDatabaseInitializer> logger) : IHostedService
{
    private const long LockKey = 0x416E696D506C6174; // "AnimPlat"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
            await take.ExecuteNonQueryAsync(cancellationToken);
        try
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                await JobDatabase.InitializeAsync(db, cancellationToken);
            PostgreSqlObjectsInstaller.Install(connection);
            logger.LogInformation("Job database ready: PostgreSQL {Host}/{Database}, Hangfire schema installed", connection.Host, connection.Database);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
