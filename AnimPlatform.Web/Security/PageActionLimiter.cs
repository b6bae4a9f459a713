using System.Threading.RateLimiting;

namespace AnimPlatform.Web.Security;

/// <summary>
/// The pages' buttons call the services in-process, never through the HTTP rate limiter: they take their permits
/// from the same per-client budget (<see cref="ClientRateLimits"/>), for the client the circuit was opened by
/// (<see cref="PageClient"/>). One per circuit.
/// </summary>
public sealed class PageActionLimiter(ClientRateLimits budgets, PageClient client)
{
    /// <summary>Takes one permit; null when allowed, else a message saying when to try again.</summary>
    public string? TryRender() => Take(ClientRateLimiting.RenderPolicy, "render");

    public string? TryGenerate() => Take(ClientRateLimiting.GenerationPolicy, "generation");

    private string? Take(string action, string what)
    {
        using var lease = budgets.Acquire(action, client.Key);
        if (lease.IsAcquired) return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        return $"Too many {what} requests from this computer (at most {budgets.PerMinute(action)} a minute); try again in {wait} s.";
    }
}
