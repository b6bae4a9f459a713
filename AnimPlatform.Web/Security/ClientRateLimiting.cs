using System.Globalization;
using System.Threading.RateLimiting;
using AnimPlatform.Web.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Per-client limits (ASP.NET Core rate limiter, fixed one-minute windows) on the expensive routes:
/// renders (RATE_LIMIT_RENDERS_PER_MINUTE), generations (RATE_LIMIT_GENERATIONS_PER_MINUTE) and sign-in
/// attempts. A client is its remote IP address (behind a reverse proxy every client shares the proxy's
/// address). Over the limit: 429 ProblemDetails with Retry-After in seconds. The counts live in
/// <see cref="ClientRateLimits"/>, which the pages' buttons draw from too: one budget per client.
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

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = $"too many requests from this client; try again in {seconds} s";
        if (AccessControl.IsApi(http.Request))
        {
            await Results.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(http);
        }
        else
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(detail, cancellationToken);
        }
    }
}

/// <summary>Endpoint metadata: the request does CPU-heavy work in the handler (see <see cref="ClientRateLimiting"/>).</summary>
public sealed class CpuBoundRequest
{
    public static readonly CpuBoundRequest Instance = new();
}
