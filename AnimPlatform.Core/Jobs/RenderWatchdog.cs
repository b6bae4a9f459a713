using System.Diagnostics;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Passes a render's progress on and stops the render when none arrives for too long: an ffmpeg that hangs
/// (stops reading frames without exiting) would otherwise hold its render slot, and the queue behind it,
/// for ever. <see cref="Token"/> is cancelled by a stall or by <paramref name="token"/>.
/// </summary>
public sealed class RenderWatchdog : IProgress<JobProgress>, IAsyncDisposable
{
    private readonly IProgress<JobProgress> _inner;
    private readonly CancellationTokenSource _render;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private long _lastProgress = Stopwatch.GetTimestamp();

    public RenderWatchdog(IProgress<JobProgress> inner, TimeSpan stallTimeout, CancellationToken token)
    {
        _inner = inner;
        StallTimeout = stallTimeout;
        _render = CancellationTokenSource.CreateLinkedTokenSource(token);
        _watch = Task.Run(WatchAsync);
    }

    public TimeSpan StallTimeout { get; }

    /// <summary>Cancelled when the render stalls or the caller's token is cancelled.</summary>
    public CancellationToken Token => _render.Token;

    /// <summary>True when this watchdog stopped the render.</summary>
    public bool Stalled { get; private set; }

    public void Report(JobProgress value)
    {
        Volatile.Write(ref _lastProgress, Stopwatch.GetTimestamp());
        _inner.Report(value);
    }

    private async Task WatchAsync()
    {
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(StallTimeout.TotalMilliseconds / 4, 50, 1000));
        while (!_stop.IsCancellationRequested && !_render.IsCancellationRequested)
        {
            try { await Task.Delay(tick, _stop.Token); }
            catch (OperationCanceledException) { return; }
            if (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastProgress)) <= StallTimeout) continue;
            Stalled = true;
            try { await _render.CancelAsync(); }
            catch (ObjectDisposedException) { }
            return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        _stop.Dispose();
        _render.Dispose();
    }
}
