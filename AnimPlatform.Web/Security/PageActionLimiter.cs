using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// The API's per-client limits applied to the pages' buttons, which call the services in-process and so
/// never pass the HTTP rate limiter: renders and generations per minute, counted per client address.
/// One instance per process; a circuit asks with the address its connection came from.
/// </summary>
public sealed class PageActionLimiter(IOptions<AnimPlatformOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, FixedWindowRateLimiter> _limiters = new();

    /// <summary>Takes one permit; null when allowed, else a message saying when to try again.</summary>
    public string? TryRender(string client) => Take("render", client, options.Value.RateLimitRendersPerMinute);

    public string? TryGenerate(string client) => Take("generate", client, options.Value.RateLimitGenerationsPerMinute);

    private string? Take(string action, string client, int perMinute)
    {
        if (perMinute <= 0) return null;
        if (_limiters.Count > 10_000) Clear(); // bounded: a flood of addresses cannot grow this without end
        var limiter = _limiters.GetOrAdd($"{action}|{client}", _ => new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired) return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        return $"Too many {action} requests from this client (at most {perMinute} a minute); try again in {wait} s.";
    }

    private void Clear()
    {
        foreach (var l in _limiters.Values) l.Dispose();
        _limiters.Clear();
    }

    public void Dispose() => Clear();
}
