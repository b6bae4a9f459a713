using System.Threading.RateLimiting;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Counts wrong access tokens per client (its address): after <see cref="FailuresPerMinute"/> wrong bearer
/// tokens in a minute, the client's further tokens are not even compared until the window ends — the answer
/// is 429 with Retry-After — so the token cannot be guessed at network speed.
/// </summary>
public sealed class FailedSignInLimiter : IDisposable
{
    public const int FailuresPerMinute = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailuresPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True while the client has used up its wrong guesses of this window.</summary>
    public bool IsLockedOut(string client) => _failures.GetStatistics(client)?.CurrentAvailablePermits == 0;

    /// <summary>Counts one wrong token.</summary>
    public void RecordFailure(string client)
    {
        using var _ = _failures.AttemptAcquire(client);
    }

    public void Dispose() => _failures.Dispose();
}
