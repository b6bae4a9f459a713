using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Core.Video;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// The chunk rows of distributed renders. Marking a chunk done is a conditional update (a retried chunk does
/// not count twice); "all done" is read after the mark, so of the chunks finishing last at least one sees it
/// (a duplicate join is harmless: completing the job has one winner).
/// </summary>
public sealed class JobChunkStore(IDbContextFactory<JobsDbContext> contexts, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Replaces the job's chunk rows with one per range of <paramref name="plan"/>.</summary>
    public async Task PlanAsync(Guid jobId, ChunkPlan plan, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Chunks.Where(c => c.JobId == jobId).ExecuteDeleteAsync(cancellationToken);
        var now = Now;
        db.Chunks.AddRange(plan.Ranges.Select((r, i) => new JobChunk
        {
            JobId = jobId, Index = i, FirstFrame = r.First, EndFrame = r.End, UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobChunk>> ListAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Chunks.AsNoTracking().Where(c => c.JobId == jobId).OrderBy(c => c.Index).ToListAsync(cancellationToken);
    }

    public async Task<JobChunk?> GetAsync(Guid jobId, int index, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Chunks.AsNoTracking().FirstOrDefaultAsync(c => c.JobId == jobId && c.Index == index, cancellationToken);
    }

    /// <summary>A worker starts the chunk (again): its progress restarts from 0.</summary>
    public async Task StartAsync(Guid jobId, int index, string worker, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        await db.Chunks.Where(c => c.JobId == jobId && c.Index == index && !c.Done).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Worker, worker)
            .SetProperty(c => c.FramesDone, 0)
            .SetProperty(c => c.Attempts, c => c.Attempts + 1)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
    }

    /// <summary>Saves the chunk's frames done and returns the frames done of the whole job.</summary>
    public async Task<int> ReportAsync(Guid jobId, int index, int framesDone, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Chunks.Where(c => c.JobId == jobId && c.Index == index && !c.Done)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FramesDone, framesDone), cancellationToken);
        return await db.Chunks.Where(c => c.JobId == jobId).SumAsync(c => c.FramesDone, cancellationToken);
    }

    /// <summary>Marks the chunk's output in place; returns true when every chunk of the job is done.</summary>
    public async Task<bool> CompleteAsync(Guid jobId, int index, string worker, double seconds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        await db.Chunks.Where(c => c.JobId == jobId && c.Index == index && !c.Done).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Done, true)
            .SetProperty(c => c.FramesDone, c => c.EndFrame - c.FirstFrame)
            .SetProperty(c => c.Worker, worker)
            .SetProperty(c => c.Seconds, seconds)
            .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        return !await db.Chunks.AnyAsync(c => c.JobId == jobId && !c.Done, cancellationToken);
    }
}
