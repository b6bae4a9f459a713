using System.Collections.Concurrent;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// The renders running in this process, by job id, so a cancel can stop one and wait until it has
/// cleaned up. The worker registers a job here before it claims it, so a cancel that sees the job as
/// rendering always finds its lease.
/// </summary>
public sealed class ActiveRenders
{
    private readonly ConcurrentDictionary<Guid, RenderLease> _leases = new();

    public int Count => _leases.Count;

    public bool IsActive(Guid id) => _leases.ContainsKey(id);

    /// <summary>Registers a render of <paramref name="id"/>; null when one is already registered.</summary>
    public RenderLease? TryStart(Guid id, CancellationToken stopping)
    {
        var lease = new RenderLease(id, stopping, l => _leases.TryRemove(new KeyValuePair<Guid, RenderLease>(l.JobId, l)));
        if (_leases.TryAdd(id, lease)) return lease;
        lease.Dispose();
        return null;
    }

    /// <summary>
    /// Stops the render of <paramref name="id"/> if one runs, and waits up to <paramref name="wait"/> for it
    /// to finish (ffmpeg stopped, temp files deleted). False when none was running.
    /// </summary>
    public async Task<bool> CancelAsync(Guid id, TimeSpan wait)
    {
        if (!_leases.TryGetValue(id, out var lease)) return false;
        lease.CancelByUser();
        try { await lease.Finished.WaitAsync(wait); }
        catch (TimeoutException) { /* it will still clean up; the caller has its answer */ }
        return true;
    }
}
