using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>The SQLite database of jobs and templates. Created per operation from a factory, so it is never shared between threads.</summary>
public sealed class JobsDbContext(DbContextOptions<JobsDbContext> options) : DbContext(options)
{
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<ShowTemplate> Templates => Set<ShowTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new JobConfiguration());
        modelBuilder.ApplyConfiguration(new ShowTemplateConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: store UTC as sortable text and read it back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<JobStatus>().HaveConversion<JobStatusConverter>();
    }
}
