namespace AnimPlatform.Core.Jobs;

/// <summary>One running render: its cancellation (by a user or by the host stopping) and its end.</summary>
public sealed class RenderLease : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<RenderLease> _release;
    private volatile bool _cancelledByUser;

    internal RenderLease(Guid jobId, CancellationToken stopping, Action<RenderLease> release)
    {
        JobId = jobId;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _release = release;
    }

    public Guid JobId { get; }

    /// <summary>Cancelled when a user cancels the job or the host stops.</summary>
    public CancellationToken Token => _cancel.Token;

    public bool CancelledByUser => _cancelledByUser;

    /// <summary>Completes when the worker is done with the job (disposed the lease).</summary>
    public Task Finished => _finished.Task;

    internal void CancelByUser()
    {
        _cancelledByUser = true;
        try { _cancel.Cancel(); }
        catch (ObjectDisposedException) { /* finished meanwhile */ }
    }

    public void Dispose()
    {
        _release(this);
        _finished.TrySetResult();
        _cancel.Dispose();
    }
}
