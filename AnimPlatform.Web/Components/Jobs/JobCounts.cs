using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Components.Jobs;

/// <summary>
/// How many jobs there are in each status, for the Jobs page's filter chips, kept for the whole process: read from
/// the store with one query, then moved by the job notifications (no query per notification, however many tabs
/// are open). A snapshot older than <see cref="MaxAge"/> is read again when a page asks, so a change that was never
/// published cannot stay wrong.
/// </summary>
public sealed class JobCounts : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly JobStore _store;
    private readonly TimeProvider _clock;
    private readonly IDisposable _subscription;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Dictionary<Guid, JobStatus>? _statuses;
    private DateTimeOffset _readAt;

    public JobCounts(JobStore store, IJobNotifier notifier, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        _subscription = notifier.Subscribe(Apply);
    }

    /// <summary>Jobs per status (every status present, zeros included).</summary>
    public async Task<IReadOnlyDictionary<JobStatus, int>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Snapshot() is { } fresh) return fresh;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Snapshot() is { } readMeanwhile) return readMeanwhile;
            var statuses = await _store.StatusesAsync(cancellationToken);
            lock (_lock)
            {
                _statuses = new Dictionary<Guid, JobStatus>(statuses);
                _readAt = _clock.GetUtcNow();
                return Count(_statuses);
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    private IReadOnlyDictionary<JobStatus, int>? Snapshot()
    {
        lock (_lock)
            return _statuses is not null && _clock.GetUtcNow() - _readAt < MaxAge ? Count(_statuses) : null;
    }

    private void Apply(JobUpdate update)
    {
        lock (_lock)
        {
            if (_statuses is null) return;
            if (update.Deleted) _statuses.Remove(update.JobId);
            else _statuses[update.JobId] = update.Status;
        }
    }

    private static Dictionary<JobStatus, int> Count(Dictionary<Guid, JobStatus> statuses)
    {
        var counts = Enum.GetValues<JobStatus>().ToDictionary(s => s, _ => 0);
        foreach (var status in statuses.Values) counts[status]++;
        return counts;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _reading.Dispose();
    }
}
