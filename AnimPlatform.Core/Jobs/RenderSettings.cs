using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Optional output size and frame rate of a job, so a client (or a test) can render a 1080p show small
/// and fast. Width and height come together; the drawing is scaled to fit.
/// </summary>
public sealed record RenderSettings(int? Width, int? Height, int Fps)
{
    public const int DefaultFps = 30;
    public const int MinFps = 1;
    public const int MaxFps = 60;
    public const int MinSize = 16;

    public static RenderSettings Default { get; } = new(null, null, DefaultFps);

    /// <summary>Checks the values; every problem is an error diagnostic at the request field's path.</summary>
    public static IEnumerable<Diagnostic> Check(int? width, int? height, int? fps)
    {
        if (width is not null && height is null) yield return Diagnostic.Error("height", "give height together with width");
        if (height is not null && width is null) yield return Diagnostic.Error("width", "give width together with height");
        if (width is < MinSize or > ManifestLimits.MaxCanvasWidth)
            yield return Diagnostic.Error("width", $"width must be between {MinSize} and {ManifestLimits.MaxCanvasWidth}");
        if (height is < MinSize or > ManifestLimits.MaxCanvasHeight)
            yield return Diagnostic.Error("height", $"height must be between {MinSize} and {ManifestLimits.MaxCanvasHeight}");
        if (fps is < MinFps or > MaxFps)
            yield return Diagnostic.Error("fps", $"fps must be between {MinFps} and {MaxFps}");
    }
}
