using System.Threading.RateLimiting;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Counts wrong access tokens per client (its address): after <see cref="FailuresPerMinute"/> wrong bearer
/// tokens in a minute, the client's further tokens are not even compared until the window ends — the answer
/// is 429 with Retry-After saying when it ends — so the token cannot be guessed at network speed.
/// </summary>
public sealed class FailedSignInLimiter : IDisposable
{
    public const int FailuresPerMinute = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.Get(client, _ => new ResettingWindowLimiter(FailuresPerMinute, Window, TimeProvider.System)));

    /// <summary>How long the client stays locked out (its wrong guesses of this window used up), or null when it is not.</summary>
    public TimeSpan? LockedFor(string client)
    {
        using var probe = _failures.AttemptAcquire(client, permitCount: 0);
        if (probe.IsAcquired) return null;
        return probe.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
    }

    /// <summary>Counts one wrong token.</summary>
    public void RecordFailure(string client)
    {
        using var _ = _failures.AttemptAcquire(client);
    }

    public void Dispose() => _failures.Dispose();
}
