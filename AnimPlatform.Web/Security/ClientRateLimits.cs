using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// The one per-client budget for each expensive action (render, generate, validate, sign-in): one-minute windows
/// that say when they reset, counted per client address. The HTTP rate limiter (<see cref="ClientRateLimiting"/>) and the pages'
/// buttons (<see cref="PageActionLimiter"/>) both take their permits here, so a client that renders from the
/// page and from the API spends one budget, and a reload does not start a new one.
/// </summary>
public sealed class ClientRateLimits(IOptions<AnimPlatformOptions> options, TimeProvider? clock = null) : IDisposable
{
    private readonly ConcurrentDictionary<(string Action, int Permits), PartitionedRateLimiter<string>> _limiters = new();

    /// <summary>The permits a minute for an action (0: no limit).</summary>
    public int PerMinute(string action) => action switch
    {
        ClientRateLimiting.RenderPolicy => options.Value.RateLimitRendersPerMinute,
        ClientRateLimiting.GenerationPolicy => options.Value.RateLimitGenerationsPerMinute,
        ClientRateLimiting.ValidationPolicy => options.Value.RateLimitValidationsPerMinute,
        ClientRateLimiting.SignInPolicy => ClientRateLimiting.SignInAttemptsPerMinute,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a rate-limited action"),
    };

    /// <summary>Takes one permit of the client's budget for the action (a lease that is not acquired carries RetryAfter).</summary>
    public RateLimitLease Acquire(string action, string client)
    {
        var permits = PerMinute(action);
        if (permits <= 0) return Unlimited.Lease;
        // Keyed by the limit too: a changed option starts fresh windows instead of keeping the old permit count.
        // Windows that say when they reset (ResettingWindowLimiter); a client's window is kept while it has permits spent.
        var limiter = _limiters.GetOrAdd((action, permits), key => PartitionedRateLimiter.Create<string, string>(c =>
            RateLimitPartition.Get(c, _ => new ResettingWindowLimiter(key.Permits, TimeSpan.FromMinutes(1), clock ?? TimeProvider.System))));
        return limiter.AttemptAcquire(client);
    }

    /// <summary>The middleware's view of one client's budget: a limiter whose permits are this budget's.</summary>
    public RateLimiter For(string action, string client) => new SharedBudget(this, action, client);

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
        _limiters.Clear();
    }

    /// <summary>
    /// Hands the ASP.NET Core rate limiter this budget. It owns nothing: the middleware may drop and dispose it when
    /// idle (it reports itself idle at once) and asks for a new one next time; the counts stay in the budget.
    /// </summary>
    private sealed class SharedBudget(ClientRateLimits budgets, string action, string client) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => budgets.Acquire(action, client);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(budgets.Acquire(action, client));
    }

    private sealed class Unlimited : RateLimitLease
    {
        public static readonly Unlimited Lease = new();
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
