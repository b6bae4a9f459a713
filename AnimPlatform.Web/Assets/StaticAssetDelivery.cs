using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;

namespace AnimPlatform.Web.Assets;

/// <summary>
/// How the pages' files travel: compressed (brotli/gzip, also the HTML and the package assets the build leaves
/// uncompressed) and, for fingerprinted URLs (<c>app.9of1ov73to.css</c>, whose content never changes), cached by
/// the browser for a year. MapStaticAssets serves a build output with <c>no-cache</c>; the published app and the
/// build output behave the same with this.
/// </summary>
public static partial class StaticAssetDelivery
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public static IServiceCollection AddStaticAssetDelivery(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compression for every answer that is not already compressed; long caching for fingerprinted assets.</summary>
    public static IApplicationBuilder UseStaticAssetDelivery(this IApplicationBuilder app)
    {
        app.UseResponseCompression();
        app.Use((context, next) =>
        {
            if (IsFingerprinted(context.Request.Path))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK || context.Response.StatusCode == StatusCodes.Status304NotModified)
                        context.Response.Headers.CacheControl = ImmutableCacheControl;
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// A URL the static web assets pipeline fingerprinted: <c>name.{10 lower-case letters/digits}.ext</c> under a
    /// known asset folder or the root (the SDK's fingerprint format; the pages only link assets through <c>@Assets</c>).
    /// </summary>
    public static bool IsFingerprinted(PathString path) =>
        path.HasValue && !path.StartsWithSegments("/api") && FingerprintPattern().IsMatch(path.Value!);

    [GeneratedRegex(@"\.[a-z0-9]{10}(?:\.[a-z0-9-]+)*\.(?:css|js|mjs|svg|png|ico|woff2?|ttf|json|map)$", RegexOptions.NonBacktracking)]
    private static partial Regex FingerprintPattern();
}
