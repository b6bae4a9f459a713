using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AnimPlatform.Web.Health;

/// <summary>
/// GET /health/live: 200 "ok" while the process runs. GET /health/ready: 200 when the app can take and
/// finish work — database reachable, ffmpeg found, output folder writable, its disk above the free-space floor — else 503; both list each
/// check with a sentence. Neither needs the access token (probes carry none) and neither shows secrets.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<FfmpegHealthCheck>("ffmpeg", tags: [ReadyTag])
            .AddCheck<OutputFolderHealthCheck>("output", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<DiskSpaceHealthCheck>("disk", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Text("ok", "text/plain"))
            .AllowAnonymous()
            .DisableRateLimiting()
            .ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(ReadyTag),
                ResponseWriter = WriteAsync,
                AllowCachingResponses = false,
            })
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "not ready",
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status == HealthStatus.Healthy ? "ok" : "failing",
                description = e.Value.Description,
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
