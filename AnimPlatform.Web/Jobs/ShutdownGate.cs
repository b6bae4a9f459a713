using Microsoft.AspNetCore.Diagnostics;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Once the app has been asked to stop (SIGTERM), routes marked <see cref="AcceptsWork"/> (render
/// submissions) answer 503 with Retry-After instead of queuing a job, while status, lists and downloads
/// keep answering until the server closes — the running render may still be finishing.
/// </summary>
public static class ShutdownGate
{
    public static IApplicationBuilder UseShutdownGate(this IApplicationBuilder app)
    {
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return app.Use(async (http, next) =>
        {
            if (stopping.IsCancellationRequested && http.GetEndpoint()?.Metadata.GetMetadata<AcceptsWork>() is not null)
            {
                if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
                http.Response.Headers.RetryAfter = "30";
                await Results.Problem(title: "Shutting down",
                        detail: "the server is stopping and takes no new work; submit again once it is back",
                        statusCode: StatusCodes.Status503ServiceUnavailable)
                    .ExecuteAsync(http);
                return;
            }
            await next(http);
        });
    }
}

/// <summary>Endpoint metadata: the route queues new work (refused while the app shuts down).</summary>
public sealed class AcceptsWork
{
    public static readonly AcceptsWork Instance = new();
}
