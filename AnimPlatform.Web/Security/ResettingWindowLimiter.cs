using System.Threading.RateLimiting;

namespace AnimPlatform.Web.Security;

/// <summary>
/// A fixed-window limiter (N permits per window, no queue) whose refusal says exactly when the client's
/// window resets. System.Threading.RateLimiting's FixedWindowRateLimiter always reports a whole window as
/// Retry-After; a client told "60 s" ten seconds before the reset waits fifty seconds for nothing.
/// Windows start at the client's first request and follow each other back to back.
/// </summary>
public sealed class ResettingWindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _windowStart = clock.GetTimestamp();
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var elapsed = clock.GetElapsedTime(_windowStart);
                // A window with permits spent is in use: dropping this limiter would hand the client a fresh quota.
                if (_used > 0 && elapsed < window) return null;
                return _used > 0 ? elapsed - window : elapsed;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            Roll();
            return new RateLimiterStatistics { CurrentAvailablePermits = permits - _used };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permits);
        lock (_gate)
        {
            Roll();
            // permitCount 0 asks without taking (the RateLimiter convention): granted while a permit is left.
            if (permitCount == 0 ? _used < permits : _used + permitCount <= permits)
            {
                _used += permitCount;
                return WindowLease.Granted;
            }
            var untilReset = window - clock.GetElapsedTime(_windowStart);
            return new WindowLease(false, untilReset > TimeSpan.Zero ? untilReset : TimeSpan.Zero);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Moves to the current window (whole windows after the first), with every permit back.</summary>
    private void Roll()
    {
        var elapsed = clock.GetElapsedTime(_windowStart);
        if (elapsed < window) return;
        var windows = elapsed.Ticks / window.Ticks;
        _windowStart += (long)(windows * window.TotalSeconds * clock.TimestampFrequency);
        _used = 0;
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
