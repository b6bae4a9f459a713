using AnimPlatform.Core.Jobs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Once the app has been asked to stop (SIGTERM), routes marked <see cref="AcceptsWork"/> (render
/// submissions) answer 503 with Retry-After instead of queuing a job, while status, lists and downloads
/// keep answering until the server closes — the running render may still be finishing: the server stops only
/// after <see cref="RenderWorker.StoppingAsync"/> has given it the grace.
/// </summary>
public static class ShutdownGate
{
    public static IApplicationBuilder UseShutdownGate(this IApplicationBuilder app)
    {
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        // Come back once the grace is over and the app has had time to start again.
        var retryAfter = ((int)Math.Ceiling(app.ApplicationServices.GetRequiredService<IOptions<JobsOptions>>().Value.ShutdownGrace.TotalSeconds) + 10)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app.Use(async (http, next) =>
        {
            if (stopping.IsCancellationRequested && http.GetEndpoint()?.Metadata.GetMetadata<AcceptsWork>() is not null)
            {
                if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
                http.Response.Headers.RetryAfter = retryAfter;
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
