using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// The same model on PostgreSQL (JOB_STORE=postgres), with its own migrations (Jobs/Migrations/Postgres):
/// <c>dotnet ef migrations add NAME --project AnimPlatform.Core --context PostgresJobsDbContext --output-dir Jobs/Migrations/Postgres</c>.
/// </summary>
public sealed class PostgresJobsDbContext(DbContextOptions<PostgresJobsDbContext> options) : JobsDbContext(options)
{
    public static DbContextOptions<PostgresJobsDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresJobsDbContext>().UseNpgsql(connectionString).Options;
}

/// <summary>Hands out <see cref="PostgresJobsDbContext"/> wherever a <see cref="JobsDbContext"/> factory is asked for.</summary>
public sealed class PostgresJobsDbContextFactory(DbContextOptions<PostgresJobsDbContext> options) : IDbContextFactory<JobsDbContext>
{
    public JobsDbContext CreateDbContext() => new PostgresJobsDbContext(options);
}

/// <summary>For <c>dotnet ef</c>: no database is opened.</summary>
internal sealed class PostgresJobsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresJobsDbContext>
{
    public PostgresJobsDbContext CreateDbContext(string[] args) => new(PostgresJobsDbContext.Options("Host=localhost;Database=design"));
}
