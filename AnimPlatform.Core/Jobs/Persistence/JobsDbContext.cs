using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// The database of jobs and templates: SQLite (embedded) or, through <see cref="PostgresJobsDbContext"/> and its own
/// migrations, PostgreSQL. Created per operation from a factory, so it is never shared between threads.
/// </summary>
public class JobsDbContext : DbContext
{
    public JobsDbContext(DbContextOptions<JobsDbContext> options) : base(options) { }

    protected JobsDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<Distributed.JobChunk> Chunks => Set<Distributed.JobChunk>();
    public DbSet<ShowTemplate> Templates => Set<ShowTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new JobConfiguration());
        modelBuilder.ApplyConfiguration(new ShowTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new JobChunkConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: store UTC as sortable text and read it back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<JobStatus>().HaveConversion<JobStatusConverter>();
    }
}
