using AnimPlatform.Core.Jobs.Distributed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>The <c>job_chunks</c> table (distributed renders; empty in embedded mode), deleted with its job.</summary>
internal sealed class JobChunkConfiguration : IEntityTypeConfiguration<JobChunk>
{
    public void Configure(EntityTypeBuilder<JobChunk> chunk)
    {
        chunk.ToTable("job_chunks");
        chunk.HasKey(c => new { c.JobId, c.Index });
        chunk.Property(c => c.JobId).HasColumnName("job_id");
        chunk.Property(c => c.Index).HasColumnName("chunk_index");
        chunk.Property(c => c.FirstFrame).HasColumnName("first_frame");
        chunk.Property(c => c.EndFrame).HasColumnName("end_frame");
        chunk.Property(c => c.FramesDone).HasColumnName("frames_done");
        chunk.Property(c => c.Done).HasColumnName("done");
        chunk.Property(c => c.Worker).HasColumnName("worker").HasMaxLength(200);
        chunk.Property(c => c.Attempts).HasColumnName("attempts");
        chunk.Property(c => c.Seconds).HasColumnName("seconds");
        chunk.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        chunk.HasOne<Job>().WithMany().HasForeignKey(c => c.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
