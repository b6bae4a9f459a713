using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Optional output size and frame rate of a job, so a client (or a test) can render a 1080p show small
/// and fast. Width and height come together; the drawing is scaled to fit.
/// </summary>
public sealed record RenderSettings(int? Width, int? Height, int Fps)
{
    public const int DefaultFps = 30;

    public static RenderSettings Default { get; } = new(null, null, DefaultFps);

    /// <summary>Checks the values; every problem is an error diagnostic at the request field's path.</summary>
    public static IEnumerable<Diagnostic> Check(int? width, int? height, int? fps)
    {
        if (width is not null && height is null) yield return Diagnostic.Error("height", "give height together with width");
        if (height is not null && width is null) yield return Diagnostic.Error("width", "give width together with height");
        if (VideoLimits.Width.Problem(width) is { } w) yield return Diagnostic.Error("width", w);
        if (VideoLimits.Height.Problem(height) is { } h) yield return Diagnostic.Error("height", h);
        if (VideoLimits.Fps.Problem(fps) is { } f) yield return Diagnostic.Error("fps", f);
    }
}
