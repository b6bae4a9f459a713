using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Api.Contracts;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Web.Api;

/// <summary>
/// The REST API: /api/v1 (described in the OpenAPI document at /openapi/v1.json) and the original
/// /api paths as aliases. Every error is a ProblemDetails.
/// </summary>
public static class JobsApi
{
    public const string V1Prefix = "/api/v1";

    /// <summary>ProblemDetails, the OpenAPI document and the filter that keeps API errors in JSON.</summary>
    public static IServiceCollection AddJobsApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<ApiErrorFilter>();
        services.AddSingleton<CpuSlotFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>().AddEndpointFilter<CpuSlotFilter>();
        MapV1(api.MapGroup("/v1").WithTags("Jobs"));
        MapAliases(api);
        api.MapFallback("{**path}", (HttpContext http) => ApiProblems.NotFound(
                "No such endpoint", $"no API endpoint answers {http.Request.Method} {http.Request.Path}"))
            .ExcludeFromDescription();
        app.MapOpenApi();
        return app;
    }

    private static void MapV1(RouteGroupBuilder v1)
    {
        v1.MapPost("/render", RenderEndpoints.SubmitAsync)
            .WithName("SubmitRender")
            .WithSummary("Queue a manifest for rendering")
            .WithDescription("Body: the manifest as YAML/JSON text (options in the query: width, height, fps, topic), "
                + "or application/json { manifest | show, width, height, fps, topic }, or the show object itself.")
            .DocumentsRenderRequestBody()
            .Produces<RenderAcceptedDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(ClientRateLimiting.RenderPolicy).WithMetadata(CpuBoundRequest.Instance, AcceptsWork.Instance);
        v1.MapPost("/generate", GenerateEndpoints.GenerateAsync)
            .WithName("GenerateShow")
            .WithTags("Generation")
            .WithSummary("Turn a topic into a show (built-in generators or the configured AI provider)")
            .WithDescription("Body: {\"prompt\": \"quick sort 5 2 9 1\", \"mode\": \"auto|builtin|ai\", \"seed\": 42}. "
                + "Render the result with POST /api/v1/render {\"show\": …}.")
            .Produces<GenerateResultDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .RequireRateLimiting(ClientRateLimiting.GenerationPolicy).WithMetadata(CpuBoundRequest.Instance);
        // The cast: a handler taking only HttpContext would otherwise bind as a RequestDelegate and drop its result.
        v1.MapPost("/validate", (Delegate)RenderEndpoints.ValidateAsync)
            .WithName("ValidateManifest")
            .WithSummary("Check a manifest without rendering it")
            .DocumentsRenderRequestBody()
            .Produces<ValidationReportDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(ClientRateLimiting.ValidationPolicy).WithMetadata(CpuBoundRequest.Instance);

        var jobs = v1.MapGroup("/jobs");
        jobs.MapGet("", JobEndpoints.ListAsync)
            .WithName("ListJobs")
            .WithSummary("List jobs, newest first (query: status, limit 1-100, offset)")
            .Produces<JobListDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        jobs.MapGet("/{id}", JobEndpoints.GetAsync)
            .WithName("GetJob").WithSummary("A job with its manifest")
            .Produces<JobDto>().ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{id}/status", JobEndpoints.StatusAsync)
            .WithName("GetJobStatus").WithSummary("Status, progress and place in the queue")
            .Produces<JobStatusDto>().ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{id}/cancel", JobEndpoints.CancelAsync)
            .WithName("CancelJob").WithSummary("Cancel a queued or rendering job")
            .Produces<JobStatusDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{id}/rerender", JobEndpoints.RerenderAsync)
            .WithName("RerenderJob").WithSummary("Queue the job's manifest again as a new job")
            .Produces<RenderAcceptedDto>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(ClientRateLimiting.RenderPolicy).WithMetadata(CpuBoundRequest.Instance, AcceptsWork.Instance);
        jobs.MapDelete("/{id}", JobEndpoints.DeleteAsync)
            .WithName("DeleteJob").WithSummary("Delete a job and its files (a running render is stopped)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapMethods("/{id}/video", [HttpMethods.Head], JobFileEndpoints.VideoAsync).ExcludeFromDescription(); // HEAD: the headers a GET would send
        jobs.MapGet("/{id}/video", JobFileEndpoints.VideoAsync)
            .WithName("DownloadVideo").WithSummary("The MP4 (supports range requests)")
            .Produces(StatusCodes.Status200OK, contentType: "video/mp4")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapGet("/{id}/poster", JobFileEndpoints.PosterAsync)
            .WithName("GetPoster").WithSummary("A PNG frame from the middle of the video")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapGet("/{id}/subtitles.srt", (string id, HttpContext http, JobStore store, JobFiles files) =>
                JobFileEndpoints.SubtitlesAsync(id, "srt", http, store, files))
            .WithName("GetSubtitlesSrt").WithSummary("Sidecar subtitles (SubRip) of a narrated job")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-subrip")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapGet("/{id}/subtitles.vtt", (string id, HttpContext http, JobStore store, JobFiles files) =>
                JobFileEndpoints.SubtitlesAsync(id, "vtt", http, store, files))
            .WithName("GetSubtitlesVtt").WithSummary("Sidecar subtitles (WebVTT, for <track>) of a narrated job")
            .Produces(StatusCodes.Status200OK, contentType: "text/vtt")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The paths of the original tool, answering as their /api/v1 twins.</summary>
    private static void MapAliases(RouteGroupBuilder api)
    {
        var aliases = api.MapGroup("").ExcludeFromDescription();
        aliases.MapPost("/render", RenderEndpoints.SubmitAsync).RequireRateLimiting(ClientRateLimiting.RenderPolicy).WithMetadata(CpuBoundRequest.Instance, AcceptsWork.Instance);
        aliases.MapPost("/render-show", RenderEndpoints.SubmitAsync).RequireRateLimiting(ClientRateLimiting.RenderPolicy).WithMetadata(CpuBoundRequest.Instance, AcceptsWork.Instance);
        aliases.MapGet("/status/{id}", JobEndpoints.StatusAsync);
        aliases.MapMethods("/download/{id}", [HttpMethods.Get, HttpMethods.Head], JobFileEndpoints.VideoAsync);
        aliases.MapGet("/jobs", JobEndpoints.ListAsync);
        aliases.MapGet("/jobs/{id}", JobEndpoints.GetAsync);
        aliases.MapDelete("/jobs/{id}", JobEndpoints.DeleteAsync);
    }
}
