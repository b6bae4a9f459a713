using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Refuses state-changing requests that a page on another origin made a browser send (CSRF through
/// <c>fetch(..., {mode: 'no-cors'})</c>, a <c>text/plain</c> form, a cross-site WebSocket to the circuit):
/// <list type="bullet">
/// <item>POST, PUT, PATCH, DELETE and WebSocket upgrades with <c>Sec-Fetch-Site</c> other than
/// <c>same-origin</c> or <c>none</c> (another port on this host is <c>same-site</c>: refused too);</item>
/// <item>the same requests with an <c>Origin</c> that is not this server's own host and port (browsers without
/// Fetch Metadata);</item>
/// <item>API writes from a browser in a CORS-safelisted content type (<c>text/plain</c>, a form, multipart) without
/// an <c>X-Requested-With</c> header — a page on this origin has no reason to send them, a forged one cannot add the header.</item>
/// </list>
/// Scripts and curl send neither header and are not affected. Answers 403 with a ProblemDetails body.
/// </summary>
public static class CrossOriginGuard
{
    public const string CustomHeader = "X-Requested-With";

    private static readonly string[] SafelistedContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    public static IApplicationBuilder UseCrossOriginGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Refusal(http.Request) is { } reason)
        {
            if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
            await Results.Problem(title: "Cross-origin request refused", detail: reason, statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var upgrade = request.Headers.Upgrade.ToString().Equals("websocket", StringComparison.OrdinalIgnoreCase);
        if (!upgrade && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)))
            return null;

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return $"this server takes {request.Method} requests only from its own pages (Sec-Fetch-Site: {site})";

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(origin, request))
            return $"this server takes {request.Method} requests only from its own pages (Origin {origin} is not {request.Host})";

        var fromBrowser = origin.Length > 0 || request.Headers.ContainsKey("Sec-Fetch-Mode");
        if (fromBrowser && !upgrade && request.Path.StartsWithSegments("/api") && IsSafelisted(request.ContentType)
            && !request.Headers.ContainsKey(CustomHeader))
            return $"a browser request to the API in {request.ContentType} needs an {CustomHeader} header; send JSON or YAML with its content type";
        return null;
    }

    private static bool IsOwnOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !request.Host.HasValue) return false; // "null" included
        var port = request.Host.Port ?? (uri.Scheme == Uri.UriSchemeHttps ? 443 : 80);
        return string.Equals(uri.Host, request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) && uri.Port == port;
    }

    private static bool IsSafelisted(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
        && SafelistedContentTypes.Contains(media.MediaType.ToString(), StringComparer.OrdinalIgnoreCase);
}
