using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>The <c>jobs</c> table: snake_case columns, indexes on status and created_at.</summary>
internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> job)
    {
        job.ToTable("jobs", t => t.HasCheckConstraint("ck_jobs_progress", "progress BETWEEN 0 AND 100"));
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).HasColumnName("id");
        job.Property(j => j.Status).HasColumnName("status").HasMaxLength(16);
        job.Property(j => j.Progress).HasColumnName("progress");
        job.Property(j => j.Stage).HasColumnName("stage");
        job.Property(j => j.Title).HasColumnName("title");
        job.Property(j => j.Topic).HasColumnName("topic");
        job.Property(j => j.Manifest).HasColumnName("manifest");
        job.Property(j => j.Width).HasColumnName("width");
        job.Property(j => j.Height).HasColumnName("height");
        job.Property(j => j.Fps).HasColumnName("fps");
        job.Property(j => j.Narrate).HasColumnName("narrate");
        job.Property(j => j.Subtitles).HasColumnName("subtitles").HasMaxLength(8).HasDefaultValue("none");
        job.Property(j => j.GenerationLog).HasColumnName("generation_log");
        job.Property(j => j.OutputPath).HasColumnName("output_path");
        job.Property(j => j.Error).HasColumnName("error");
        job.Property(j => j.Warnings).HasColumnName("warnings")
            .HasConversion(new JsonListConverter<JobWarning>(), JsonListConverter<JobWarning>.Comparer);
        job.Property(j => j.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        job.Property(j => j.LeaseExpiresAt).HasColumnName("lease_expires_at");
        job.Property(j => j.CreatedAt).HasColumnName("created_at");
        job.Property(j => j.UpdatedAt).HasColumnName("updated_at");
        job.Property(j => j.CompletedAt).HasColumnName("completed_at");

        job.HasIndex(j => j.Status).HasDatabaseName("ix_jobs_status");
        job.HasIndex(j => j.CreatedAt).HasDatabaseName("ix_jobs_created_at");
    }
}
