namespace AnimPlatform.Web.Assets;

/// <summary>
/// The code editor's files (Monaco, shipped in the BlazorMonaco package under <c>_content/BlazorMonaco/lib/monaco-editor/min/vs</c>)
/// under a versioned folder, <c>/_editor/{version}/vs/…</c>, cached by the browser for a year. Monaco's own loader asks for
/// dozens of files by relative name (modules, CSS, fonts, workers), which the build cannot fingerprint one by one; the folder's
/// version stands for all of them: it is the package assembly's build id, which changes exactly when the package (and so its
/// files) does. The versioned address is served by MapStaticAssets itself (precompressed files, ETags), rewritten before routing.
/// </summary>
public static class EditorAssets
{
    public const string PackageFolder = "/_content/BlazorMonaco/lib/monaco-editor/min";
    private const string Prefix = "/_editor";

    /// <summary>Ten lower-case hex digits of the BlazorMonaco assembly's module version id (fixed for a package version).</summary>
    public static string Version { get; } =
        typeof(BlazorMonaco.Editor.StandaloneCodeEditor).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..10];

    /// <summary>Monaco's <c>vs</c> folder as the pages load it (relative to the base address).</summary>
    public static string VsFolder => $"{Prefix.TrimStart('/')}/{Version}/vs";

    /// <summary>
    /// Maps <c>/_editor/{version}/…</c> to the package's folder with year-long caching; an address of another version
    /// (a page opened before an upgrade) is served too, but not cached for long. Call before <c>UseRouting</c>.
    /// </summary>
    public static IApplicationBuilder UseEditorAssets(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Rewrite(context.Request.Path) is { } target)
        {
            var current = context.Request.Path.StartsWithSegments($"{Prefix}/{Version}");
            context.Request.Path = target;
            if (current)
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                        context.Response.Headers.CacheControl = StaticAssetDelivery.ImmutableCacheControl;
                    return Task.CompletedTask;
                });
            }
        }
        return next(context);
    });

    /// <summary>The package address a versioned editor address stands for, or null when it is not one.</summary>
    public static PathString? Rewrite(PathString path)
    {
        if (!path.StartsWithSegments(Prefix, out var rest) || !rest.HasValue) return null;
        var value = rest.Value!; // "/{version}/vs/…"
        var slash = value.IndexOf('/', 1);
        if (slash < 0) return null;
        var inner = value[slash..];
        return inner.StartsWith("/vs/", StringComparison.Ordinal) && !inner.Contains("..", StringComparison.Ordinal)
            ? new PathString(PackageFolder + inner)
            : (PathString?)null;
    }
}
