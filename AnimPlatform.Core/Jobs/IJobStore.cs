namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Where jobs live and how their status changes: every change is one conditional update, so a cancel racing
/// a renderer has exactly one winner. Claims are leases (owner + expiry + heartbeat): a rendering job goes back
/// to the queue only when its lease expired. <see cref="JobStore"/> implements it over EF Core, on SQLite
/// (embedded) or PostgreSQL (distributed).
/// </summary>
public interface IJobStore
{
    Task<Job> CreateAsync(Job job, CancellationToken cancellationToken = default);
    Task<Job?> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<JobSummary?> GetSummaryAsync(Guid id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<JobSummary>> ListAsync(JobStatus? status = null, int limit = 20, int offset = 0, CancellationToken cancellationToken = default);
    Task<int> CountAsync(JobStatus? status = null, CancellationToken cancellationToken = default);
    Task<int> QueuePositionAsync(Guid id, CancellationToken cancellationToken = default);
    Task<double> QueuedSecondsAsync(string clientKey, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<(Guid Id, string ClientKey)>> ListQueuedAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Guid>> ListIdsAsync(JobStatus status, CancellationToken cancellationToken = default);
    Task<Dictionary<Guid, JobStatus>> StatusesAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Guid>> ListFinishedBeforeAsync(DateTime cutoff, CancellationToken cancellationToken = default);

    /// <summary>queued → rendering, leased to this node.</summary>
    Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken = default);
    /// <summary>rendering with an expired lease → rendering leased to this node.</summary>
    Task<bool> TryTakeOverAsync(Guid id, CancellationToken cancellationToken = default);
    /// <summary>The heartbeat; false when the job stopped rendering (cancelled: stop) or another node holds it.</summary>
    Task<bool> RenewLeaseAsync(Guid id, bool anyOwner = false, CancellationToken cancellationToken = default);
    Task<bool> UpdateProgressAsync(Guid id, int progress, string stage, CancellationToken cancellationToken = default);
    Task<bool> TryCompleteAsync(Guid id, string outputPath, IReadOnlyList<JobWarning> warnings, CancellationToken cancellationToken = default);
    Task<bool> TryFailAsync(Guid id, string error, CancellationToken cancellationToken = default);
    Task<bool> TryCancelAsync(Guid id, CancellationToken cancellationToken = default);
    Task<bool> TryRequeueAsync(Guid id, CancellationToken cancellationToken = default);
    /// <summary>Rendering jobs with an expired lease (or this node's own from before a restart) → queued.</summary>
    Task<int> RequeueInterruptedAsync(CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Guid>> FailExhaustedAsync(int maxAttempts, Func<int, string> error, CancellationToken cancellationToken = default);
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
