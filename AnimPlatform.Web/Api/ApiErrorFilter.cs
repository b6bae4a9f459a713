using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace AnimPlatform.Web.Api;

/// <summary>
/// Keeps every API answer a ProblemDetails: switches off the Blazor app's HTML status pages for API
/// routes and turns request errors thrown by the server (body too large, aborted) into their status.
/// </summary>
internal sealed class ApiErrorFilter(ILogger<ApiErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (e.g. MaxRequestBodySize) and malformed requests.
            return Results.Problem(title: "Bad request", detail: ex.Message, statusCode: ex.StatusCode);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty; // the client went away; nobody reads the answer
        }
        catch (Exception ex) when (JobDatabase.IsBusy(ex))
        {
            // Another program holds the SQLite file longer than the busy timeout: the server is fine, retry later.
            logger.LogWarning("API request {Method} {Path}: the job database is locked by another program", http.Request.Method, http.Request.Path);
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem(title: "Database busy",
                detail: "the job database is locked by another program; try again shortly (the operator should close whatever holds it)",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "API request {Method} {Path} failed", http.Request.Method, http.Request.Path);
            return Results.Problem(title: "Internal server error", detail: "the server failed; see its log",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
