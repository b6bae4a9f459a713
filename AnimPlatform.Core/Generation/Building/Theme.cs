namespace AnimPlatform.Core.Generation.Building;

/// <summary>Canvas, fonts and colours shared by every built-in generator, so all videos look alike.</summary>
public static class Theme
{
    public const double Width = 1920;
    public const double Height = 1080;
    public const double CenterX = Width / 2;
    public const double CenterY = Height / 2;
    public const string Background = "#0f0f23";

    public const string TitleFont = "bold 48px sans-serif";
    public const string HeaderFont = "bold 36px sans-serif";
    public const string StepFont = "26px sans-serif";
    public const string BodyFont = "26px sans-serif";
    public const string SmallFont = "20px sans-serif";
    public const string LabelFont = "bold 22px monospace";

    public const string White = "#ffffff";
    public const string Subtle = "#aaaacc";
    public const string StepColor = "#c8c8ee";
    public const string Accent = "#00d2ff";
    public const string Muted = "#777799";

    /// <summary>Resting fill and outline of cells and nodes (restored after a highlight).</summary>
    public const string BaseFill = "#2d4a7a";
    public const string BaseStroke = "#5b8fd9";

    /// <summary>Palette names used in action colours as <c>$name</c>; every show declares all of them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Palette = new Dictionary<string, string>
    {
        ["base"] = BaseFill,
        ["compare"] = "#f39c12",
        ["swap"] = "#e74c3c",
        ["done"] = "#2ecc71",
        ["pivot"] = "#9b59b6",
        ["current"] = "#e67e22",
        ["queued"] = "#f1c40f",
        ["visited"] = "#27ae60",
        ["found"] = "#2ecc71",
        ["discard"] = "#3a3a56",
        ["edge"] = "#00d2ff",
        ["path"] = "#e74c3c",
        ["left"] = "#2980b9",
        ["right"] = "#c0392b",
        ["edgeBase"] = "#4a6a9a",
    };

    public static string Color(string paletteName) => Palette[paletteName];

    /// <summary>Legend text colour: the palette colour, tinted towards white until it reads on the background (≥ 4.6:1).</summary>
    public static string LegendColor(string paletteName) => Lessons.ReadableColors.For(paletteName);
}
