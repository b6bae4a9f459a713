using System.Globalization;
using System.Threading.RateLimiting;
using AnimPlatform.Web.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Per-client limits (ASP.NET Core rate limiter, fixed one-minute windows that say when they reset) on the expensive routes:
/// renders (RATE_LIMIT_RENDERS_PER_MINUTE), generations (RATE_LIMIT_GENERATIONS_PER_MINUTE), validations and the
/// preview's narration track (RATE_LIMIT_VALIDATIONS_PER_MINUTE) and sign-in attempts. A client is its remote IP address (behind a reverse proxy every client shares the proxy's
/// address). Over the limit: 429 ProblemDetails with Retry-After: the seconds until the client's window resets.
/// The counts live in <see cref="ClientRateLimits"/>, which the pages' buttons draw from too: one budget per client.
/// <para>
/// Besides, requests marked <see cref="CpuBoundRequest"/> (render, validate, generate: parsing and checking a
/// manifest costs real CPU) run at most one per core at a time, once their body has arrived
/// (<see cref="Api.CpuSlotFilter"/>).
/// </para>
/// </summary>
public static class ClientRateLimiting
{
    public const string RenderPolicy = "renders";
    public const string GenerationPolicy = "generations";
    public const string ValidationPolicy = "validations";
    public const string SignInPolicy = "sign-in";
    public const int SignInAttemptsPerMinute = 10;

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ClientRateLimits>();
        services.AddScoped<PageClient>();
        services.AddScoped<PageActionLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.AddPolicy(RenderPolicy, http => PerMinute(http, RenderPolicy));
            limiter.AddPolicy(ValidationPolicy, http => PerMinute(http, ValidationPolicy));
            limiter.AddPolicy(GenerationPolicy, http => PerMinute(http, GenerationPolicy));
            // Only the form posts count: loading the sign-in page is free.
            limiter.AddPolicy(SignInPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? PerMinute(http, SignInPolicy)
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>The key of a connection that has no address (a Unix socket, an in-process host): this machine.</summary>
    public const string LocalClient = "local";

    /// <summary>The client a request is counted against: its remote address.</summary>
    public static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? LocalClient;

    private static RateLimitPartition<string> PerMinute(HttpContext http, string policy)
    {
        var budgets = http.RequestServices.GetRequiredService<ClientRateLimits>();
        if (budgets.PerMinute(policy) <= 0) return RateLimitPartition.GetNoLimiter("");
        var client = ClientKey(http);
        return RateLimitPartition.Get($"{policy}|{client}", _ => budgets.For(policy, client));
    }

    /// <summary>The 429 page of the sign-in form: self-contained (inline styles are allowed by the CSP), readable in both themes.</summary>
    public static string TooManyAttemptsPage(int seconds) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="dark light" />
        <title>Too many attempts · AnimPlatform</title>
        <style>
          :root { color-scheme: dark light; --bg: #0f1115; --card: #171a21; --text: #e6e8ee; --muted: #a3aabb; --accent: #8b7cf6; --accent-text: #0f1115; }
          @media (prefers-color-scheme: light) { :root { --bg: #f6f7fb; --card: #ffffff; --text: #1b1e27; --muted: #525a6b; --accent: #5b45d6; --accent-text: #ffffff; } }
          body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; padding: 24px; box-sizing: border-box;
                 background: var(--bg); color: var(--text); font-family: system-ui, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
          main { max-width: 420px; width: 100%; padding: 32px; border-radius: 12px; background: var(--card); box-shadow: 0 8px 32px rgba(0,0,0,.25); }
          h1 { font-size: 1.5rem; font-weight: 500; margin: 0 0 8px; }
          p { color: var(--muted); line-height: 1.5; margin: 0 0 20px; }
          a { display: inline-block; padding: 10px 18px; border-radius: 8px; background: var(--accent); color: var(--accent-text); text-decoration: none; font-weight: 600; }
          a:focus-visible { outline: 2px solid var(--text); outline-offset: 2px; }
        </style>
        </head>
        <body>
        <main>
          <h1>Too many sign-in attempts</h1>
          <p>For safety, this computer has to wait before trying again. Try again in {{seconds}} second{{(seconds == 1 ? "" : "s")}}.</p>
          <a href="/signin">Back to sign-in</a>
        </main>
        </body>
        </html>
        """;

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = $"too many requests from this client; try again in {seconds} s";
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SignInPolicy)
        {
            // A person at the sign-in form: a page in the app's colours (light or dark as their system is), not bare text.
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(TooManyAttemptsPage(seconds), cancellationToken);
        }
        else
        {
            // The API and the page's own requests (the preview's narration track): a ProblemDetails.
            await Results.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(http);
        }
    }
}

/// <summary>Endpoint metadata: the request does CPU-heavy work in the handler (see <see cref="ClientRateLimiting"/>).</summary>
public sealed class CpuBoundRequest
{
    public static readonly CpuBoundRequest Instance = new();
}
