using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Headers on every answer (pages, API, files, errors). The Content-Security-Policy is the strictest that
/// Blazor Server and MudBlazor work under: scripts only from this origin (no inline, no eval), inline
/// styles allowed (MudBlazor sets style attributes and theme variables), images also as data: URLs (the
/// preview frames), the SignalR circuit only to this host and port ('self' covers ws:/wss: to it), and no framing by anyone.
/// The one inline script Blazor writes — the import map of fingerprinted assets — is allowed by its
/// SHA-256 hash, computed from the same definition the page renders.
/// </summary>
public static class SecurityHeaders
{
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> ImportMapPolicies = new();

    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "media-src 'self' blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // OnStarting: the exception handler clears headers before it writes its page; these come back.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(http);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            return Task.CompletedTask;
        });
        return next(http);
    });

    /// <summary>The policy for one answer: pages with an import map allow exactly that inline script.</summary>
    public static string PolicyFor(HttpContext http)
    {
        var importMap = http.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>();
        return importMap is null ? ContentSecurityPolicy : ImportMapPolicies.GetValue(importMap, static map =>
        {
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())));
            return ContentSecurityPolicy.Replace("script-src 'self';", $"script-src 'self' 'sha256-{hash}';", StringComparison.Ordinal);
        });
    }
}
