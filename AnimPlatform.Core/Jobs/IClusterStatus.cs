namespace AnimPlatform.Core.Jobs;

/// <summary>A render worker seen recently: its name, its render slots and its last heartbeat.</summary>
public sealed record WorkerInfo(string Name, int Slots, DateTime LastSeen);

/// <summary>What the Settings page shows about rendering: the mode, the workers seen in the last minute, the queue.</summary>
public sealed record ClusterSnapshot(string Mode, IReadOnlyList<WorkerInfo> Workers, long QueueLength)
{
    public const string Embedded = "embedded";
    public const string Distributed = "distributed";

    public int RenderSlots => Workers.Sum(w => w.Slots);
}

/// <summary>Reads the <see cref="ClusterSnapshot"/>: this process (embedded) or the Hangfire servers (distributed).</summary>
public interface IClusterStatus
{
    Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken = default);
}

/// <summary>Embedded mode: one worker, this process, with its in-process queue.</summary>
public sealed class EmbeddedClusterStatus(RenderQueue queue, TimeProvider clock, Microsoft.Extensions.Options.IOptions<JobsOptions> options) : IClusterStatus
{
    public Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken = default) => Task.FromResult(new ClusterSnapshot(
        ClusterSnapshot.Embedded,
        [new WorkerInfo(Environment.MachineName, Math.Max(1, options.Value.MaxConcurrentRenders), clock.GetUtcNow().UtcDateTime)],
        queue.Length));
}
