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
        catch (Exception ex)
        {
            logger.LogError(ex, "API request {Method} {Path} failed", http.Request.Method, http.Request.Path);
            return Results.Problem(title: "Internal server error", detail: "the server failed; see its log",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
