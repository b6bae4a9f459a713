using Hangfire;

namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// Distributed mode's render queue: a job id becomes a Hangfire job (<see cref="ChunkedRenderJobs.PlanAsync"/>)
/// in the shared PostgreSQL storage, for any worker. Fairness between clients is the store's per-client budget;
/// Hangfire serves first in, first out.
/// </summary>
public sealed class HangfireRenderQueue(IBackgroundJobClient hangfire, JobStorage storage) : IRenderQueue
{
    public void Enqueue(Guid id, string client) =>
        hangfire.Enqueue<ChunkedRenderJobs>(jobs => jobs.PlanAsync(id, null, CancellationToken.None));

    public int Length => (int)Math.Min(int.MaxValue, storage.GetMonitoringApi().EnqueuedCount(ChunkedRenderJobs.Queue));
}

/// <summary>Distributed mode: the Hangfire servers serving the render queue that sent a heartbeat in the last minute.</summary>
public sealed class HangfireClusterStatus(JobStorage storage, TimeProvider clock) : IClusterStatus
{
    public static readonly TimeSpan SeenWithin = TimeSpan.FromMinutes(1);

    public Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken = default) => Task.Run(() =>
    {
        var monitoring = storage.GetMonitoringApi();
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = monitoring.Servers()
            .Where(s => s.Queues.Contains(ChunkedRenderJobs.Queue) && s.Heartbeat is { } beat && now - DateTime.SpecifyKind(beat, DateTimeKind.Utc) <= SeenWithin)
            .Select(s => new WorkerInfo(s.Name, s.WorkersCount, DateTime.SpecifyKind(s.Heartbeat!.Value, DateTimeKind.Utc)))
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .ToList();
        return new ClusterSnapshot(ClusterSnapshot.Distributed, workers, monitoring.EnqueuedCount(ChunkedRenderJobs.Queue));
    }, cancellationToken);
}
