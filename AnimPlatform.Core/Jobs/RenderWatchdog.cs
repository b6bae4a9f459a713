using System.Diagnostics;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Passes a render's progress on and stops the render when none arrives for too long: an ffmpeg that hangs
/// (stops reading frames without exiting) would otherwise hold its render slot, and the queue behind it,
/// for ever. It also stops a render that runs longer than its maximum render time, whatever its progress,
/// so no job can hold a worker past its limit. The watch starts at construction: the stages before the
/// first frame (preparing, narrating) are watched too. <see cref="Token"/> is cancelled by a stall, by the
/// time limit or by <paramref name="token"/>.
/// </summary>
public sealed class RenderWatchdog : IProgress<JobProgress>, IAsyncDisposable
{
    private readonly IProgress<JobProgress> _inner;
    private readonly CancellationTokenSource _render;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastProgress = Stopwatch.GetTimestamp();

    public RenderWatchdog(IProgress<JobProgress> inner, TimeSpan stallTimeout, CancellationToken token)
        : this(inner, stallTimeout, Timeout.InfiniteTimeSpan, token)
    {
    }

    /// <param name="maxRenderTime">The longest a render may run in all (infinite: no limit).</param>
    public RenderWatchdog(IProgress<JobProgress> inner, TimeSpan stallTimeout, TimeSpan maxRenderTime, CancellationToken token)
    {
        _inner = inner;
        StallTimeout = stallTimeout;
        MaxRenderTime = maxRenderTime;
        _render = CancellationTokenSource.CreateLinkedTokenSource(token);
        _watch = Task.Run(WatchAsync);
    }

    public TimeSpan StallTimeout { get; }

    public TimeSpan MaxRenderTime { get; }

    /// <summary>Cancelled when the render stalls or the caller's token is cancelled.</summary>
    public CancellationToken Token => _render.Token;

    /// <summary>True when this watchdog stopped the render.</summary>
    public bool Stalled { get; private set; }

    /// <summary>True when this watchdog stopped the render because it ran longer than <see cref="MaxRenderTime"/>.</summary>
    public bool TimedOut { get; private set; }

    public void Report(JobProgress value)
    {
        Volatile.Write(ref _lastProgress, Stopwatch.GetTimestamp());
        _inner.Report(value);
    }

    private async Task WatchAsync()
    {
        var shortest = MaxRenderTime == Timeout.InfiniteTimeSpan || MaxRenderTime > StallTimeout ? StallTimeout : MaxRenderTime;
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(shortest.TotalMilliseconds / 4, 50, 1000));
        while (!_stop.IsCancellationRequested && !_render.IsCancellationRequested)
        {
            try { await Task.Delay(tick, _stop.Token); }
            catch (OperationCanceledException) { return; }
            if (MaxRenderTime != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(_started) > MaxRenderTime) TimedOut = true;
            else if (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastProgress)) > StallTimeout) Stalled = true;
            else continue;
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
