using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Reads and writes jobs. Every status change is one conditional UPDATE ("… WHERE id = @id AND status IN
/// (…)"), so a cancel racing the worker has exactly one winner and the loser sees false.
/// Writes from this process go through one async gate: SQLite takes one writer at a time, and a writer
/// that finds the file locked waits by sleeping on its thread — a burst of concurrent submissions would
/// otherwise block thread-pool threads that status and list requests need.
/// <para>
/// A claim is a lease: owner (<see cref="JobsOptions.NodeName"/>) and expiry, renewed by the renderer's
/// heartbeat (<see cref="RenewLeaseAsync"/>). Only a lease that expired — or one this same node held before it
/// restarted — is taken back. The same class serves SQLite (embedded) and PostgreSQL (distributed) through EF Core.
/// </para>
/// </summary>
public sealed class JobStore(IDbContextFactory<JobsDbContext> contexts, IVideoStore files, TimeProvider clock, IOptions<JobsOptions> options) : IJobStore
{
    public const int MaxPageSize = 100;

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string Node => options.Value.NodeName;

    private DateTime LeaseEnd => Now + options.Value.LeaseDuration;

    /// <summary>Saves a new queued job (id and timestamps are filled in) and returns it.</summary>
    public async Task<Job> CreateAsync(Job job, CancellationToken cancellationToken = default)
    {
        if (job.Id == Guid.Empty) job.Id = Guid.NewGuid();
        job.Status = JobStatus.Queued;
        job.Progress = 0;
        job.Stage = JobStages.Queued;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            job.CreatedAt = job.UpdatedAt = Now;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Jobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            return job;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<Job?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
    }

    public async Task<JobSummary?> GetSummaryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Where(j => j.Id == id).Select(JobSummary.Projection).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Newest first. <paramref name="limit"/> 1..<see cref="MaxPageSize"/>, <paramref name="offset"/> &gt;= 0.</summary>
    public async Task<IReadOnlyList<JobSummary>> ListAsync(JobStatus? status = null, int limit = 20, int offset = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Jobs, status)
            .OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Skip(offset).Take(limit)
            .Select(JobSummary.Projection)
            .ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(JobStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Jobs, status).CountAsync(cancellationToken);
    }

    /// <summary>1 = the next queued job to start; 0 when the job is not queued.</summary>
    public async Task<int> QueuePositionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var created = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued)
            .Select(j => (DateTime?)j.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (created is null) return 0;
        return await db.Jobs.CountAsync(j => j.Status == JobStatus.Queued && j.CreatedAt <= created, cancellationToken);
    }

    /// <summary>Estimated render seconds of one client's jobs still queued or rendering.</summary>
    public async Task<double> QueuedSecondsAsync(string clientKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Where(j => j.ClientKey == clientKey && (j.Status == JobStatus.Queued || j.Status == JobStatus.Rendering))
            .SumAsync(j => j.EstimatedSeconds, cancellationToken);
    }

    /// <summary>The queued jobs with their clients, oldest first (to queue them again at start-up).</summary>
    public async Task<IReadOnlyList<(Guid Id, string ClientKey)>> ListQueuedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Jobs.Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.ClientKey }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.ClientKey)).ToList();
    }

    /// <summary>Ids of the jobs in one status, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> ListIdsAsync(JobStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Where(j => j.Status == status).OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Every job id with its status (for the clean-up of files that belong to no job).</summary>
    public async Task<Dictionary<Guid, JobStatus>> StatusesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs.Select(j => new { j.Id, j.Status }).ToDictionaryAsync(j => j.Id, j => j.Status, cancellationToken);
    }

    /// <summary>Finished jobs created before <paramref name="cutoff"/>.</summary>
    public async Task<IReadOnlyList<Guid>> ListFinishedBeforeAsync(DateTime cutoff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Jobs
            .Where(j => j.CreatedAt < cutoff && j.Status != JobStatus.Queued && j.Status != JobStatus.Rendering)
            .Select(j => j.Id).ToListAsync(cancellationToken);
    }

    /// <summary>queued → rendering: the worker takes the job. False when it was cancelled or deleted first.</summary>
    public Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken = default) =>
        TransitionAsync(id, JobStatus.Queued, s => s
            .SetProperty(j => j.Status, JobStatus.Rendering)
            .SetProperty(j => j.LeaseOwner, Node)
            .SetProperty(j => j.LeaseExpiresAt, LeaseEnd)
            .SetProperty(j => j.Progress, 0)
            .SetProperty(j => j.Stage, JobStages.Preparing)
            .SetProperty(j => j.Attempts, j => j.Attempts + 1)
            .SetProperty(j => j.Error, (string?)null)
            .SetProperty(j => j.UpdatedAt, Now), cancellationToken);

    /// <summary>
    /// rendering → rendering by this node, when the lease of whoever had it has expired (that renderer died).
    /// Counts as a new attempt.
    /// </summary>
    public async Task<bool> TryTakeOverAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return await WriteAsync(async db => await db.Jobs
            .Where(j => j.Id == id && j.Status == JobStatus.Rendering && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, Node)
                .SetProperty(j => j.LeaseExpiresAt, now + options.Value.LeaseDuration)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.UpdatedAt, now), cancellationToken) == 1, cancellationToken);
    }

    /// <summary>
    /// The heartbeat: moves the lease's expiry on while the job renders. With <paramref name="anyOwner"/> (a chunk
    /// of a distributed render, where several workers share the job) it also takes the lease over. False when the
    /// job is no longer rendering (cancelled, deleted, failed) — the renderer stops — or another node holds it.
    /// </summary>
    public async Task<bool> RenewLeaseAsync(Guid id, bool anyOwner = false, CancellationToken cancellationToken = default)
    {
        var node = Node;
        var until = LeaseEnd;
        return await WriteAsync(async db => await db.Jobs
            .Where(j => j.Id == id && j.Status == JobStatus.Rendering && (anyOwner || j.LeaseOwner == node))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, node)
                .SetProperty(j => j.LeaseExpiresAt, until), cancellationToken) == 1, cancellationToken);
    }

    /// <summary>Writes progress while the job renders; ignored once it left that status.</summary>
    public Task<bool> UpdateProgressAsync(Guid id, int progress, string stage, CancellationToken cancellationToken = default) =>
        TransitionAsync(id, JobStatus.Rendering, s => s
            .SetProperty(j => j.Progress, Math.Clamp(progress, 0, 100))
            .SetProperty(j => j.Stage, stage)
            .SetProperty(j => j.UpdatedAt, Now), cancellationToken);

    /// <summary>rendering → done.</summary>
    public Task<bool> TryCompleteAsync(Guid id, string outputPath, IReadOnlyList<JobWarning> warnings,
        CancellationToken cancellationToken = default)
    {
        var now = Now;
        return TransitionAsync(id, JobStatus.Rendering, s => s
            .SetProperty(j => j.Status, JobStatus.Done)
            .SetProperty(j => j.Progress, 100)
            .SetProperty(j => j.Stage, JobStages.Done)
            .SetProperty(j => j.OutputPath, outputPath)
            .SetProperty(j => j.Warnings, warnings)
            .SetProperty(j => j.UpdatedAt, now)
            .SetProperty(j => j.CompletedAt, now), cancellationToken);
    }

    /// <summary>rendering → error.</summary>
    public Task<bool> TryFailAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return TransitionAsync(id, JobStatus.Rendering, s => s
            .SetProperty(j => j.Status, JobStatus.Error)
            .SetProperty(j => j.Stage, JobStages.Failed)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.UpdatedAt, now)
            .SetProperty(j => j.CompletedAt, now), cancellationToken);
    }

    /// <summary>queued or rendering → cancelled.</summary>
    public Task<bool> TryCancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return TransitionAsync(id, [JobStatus.Queued, JobStatus.Rendering], s => s
            .SetProperty(j => j.Status, JobStatus.Cancelled)
            .SetProperty(j => j.Stage, JobStages.Cancelled)
            .SetProperty(j => j.UpdatedAt, now)
            .SetProperty(j => j.CompletedAt, now), cancellationToken);
    }

    /// <summary>rendering → queued for one job (the host is stopping mid-render).</summary>
    public Task<bool> TryRequeueAsync(Guid id, CancellationToken cancellationToken = default) =>
        TransitionAsync(id, JobStatus.Rendering, Requeue, cancellationToken);

    /// <summary>
    /// Rendering jobs whose lease expired, or was held by this node before it restarted → queued: their renderer
    /// died. A job another live node renders (its lease renewed) is left alone.
    /// </summary>
    public Task<int> RequeueInterruptedAsync(CancellationToken cancellationToken = default) => WriteAsync(async db =>
        await Interrupted(db.Jobs).ExecuteUpdateAsync(Requeue, cancellationToken), cancellationToken);

    private IQueryable<Job> Interrupted(IQueryable<Job> jobs)
    {
        var now = Now;
        var node = Node;
        return jobs.Where(j => j.Status == JobStatus.Rendering && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now || j.LeaseOwner == node));
    }

    /// <summary>
    /// Rendering jobs already started <paramref name="maxAttempts"/> times → error with <paramref name="error"/>
    /// (at start-up, before <see cref="RequeueInterruptedAsync"/>). Returns their ids.
    /// </summary>
    public Task<IReadOnlyList<Guid>> FailExhaustedAsync(int maxAttempts, Func<int, string> error, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<Guid>>(async db =>
        {
            var exhausted = await Interrupted(db.Jobs).Where(j => j.Attempts >= maxAttempts)
                .Select(j => new { j.Id, j.Attempts }).ToListAsync(cancellationToken);
            var now = Now;
            foreach (var job in exhausted)
                await db.Jobs.Where(j => j.Id == job.Id && j.Status == JobStatus.Rendering).ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.Status, JobStatus.Error)
                    .SetProperty(j => j.Stage, JobStages.Failed)
                    .SetProperty(j => j.Error, error(job.Attempts))
                    .SetProperty(j => j.UpdatedAt, now)
                    .SetProperty(j => j.CompletedAt, now), cancellationToken);
            return exhausted.Select(j => j.Id).ToList();
        }, cancellationToken);

    /// <summary>Deletes the row and the job's files; false when there was no such job.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var deleted = await WriteAsync(async db => await db.Jobs.Where(j => j.Id == id).ExecuteDeleteAsync(cancellationToken) == 1, cancellationToken);
        files.Delete(id);
        return deleted;
    }

    private void Requeue(UpdateSettersBuilder<Job> s) => s
        .SetProperty(j => j.Status, JobStatus.Queued)
        .SetProperty(j => j.LeaseOwner, (string?)null)
        .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
        .SetProperty(j => j.Progress, 0)
        .SetProperty(j => j.Stage, JobStages.Queued)
        .SetProperty(j => j.UpdatedAt, Now);

    private Task<bool> TransitionAsync(Guid id, JobStatus from, Action<UpdateSettersBuilder<Job>> set, CancellationToken cancellationToken) =>
        TransitionAsync(id, [from], set, cancellationToken);

    private Task<bool> TransitionAsync(Guid id, JobStatus[] from, Action<UpdateSettersBuilder<Job>> set, CancellationToken cancellationToken) =>
        WriteAsync(async db => await db.Jobs.Where(j => j.Id == id && from.Contains(j.Status)).ExecuteUpdateAsync(set, cancellationToken) == 1,
            cancellationToken);

    /// <summary>One write, after the writes of this process queued before it.</summary>
    private async Task<T> WriteAsync<T>(Func<JobsDbContext, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await write(db);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static IQueryable<Job> Filter(IQueryable<Job> jobs, JobStatus? status) =>
        status is { } s ? jobs.Where(j => j.Status == s) : jobs;
}
