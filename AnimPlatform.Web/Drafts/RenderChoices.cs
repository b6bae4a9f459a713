using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Web.Drafts;

/// <summary>The Generate page's render options (kept with the draft).</summary>
public sealed class RenderChoices
{
    public static readonly int[] FrameRates = [24, 30, 60];
    public static readonly string[] Resolutions = ["1080p", "720p"];

    public int Fps { get; set; } = 30;
    public string Resolution { get; set; } = "1080p";
    public bool Narrate { get; set; } = true;
    public bool Subtitles { get; set; } = true;

    public int Height => Resolution == "720p" ? 720 : 1080;

    /// <summary>The output size for <see cref="Height"/>, keeping the canvas's aspect ratio (even numbers for H.264).</summary>
    public (int Width, int Height) OutputSize(CanvasSpec canvas)
    {
        var width = (int)Math.Round(canvas.Width * Height / canvas.Height / 2) * 2;
        return (Math.Max(16, width), Height);
    }

    /// <summary>The resolution name closest to a job's height.</summary>
    public static string ResolutionOf(int? height) => height is <= 720 and > 0 ? "720p" : "1080p";
}
