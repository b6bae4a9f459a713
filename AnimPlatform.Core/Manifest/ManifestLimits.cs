namespace AnimPlatform.Core.Manifest;

/// <summary>Bounds that protect the server from inputs that would exhaust it.</summary>
public static class ManifestLimits
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxCanvasWidth = 3840;
    public const int MaxCanvasHeight = 2160;
    public const double MaxTotalSeconds = 30 * 60;
    public const int MaxTimelineEntries = 10_000;
    /// <summary>Scenes in one show.</summary>
    public const int MaxScenes = 50;
    /// <summary>Characters of one scene's narration.</summary>
    public const int MaxNarrationLength = 5_000;
    /// <summary>Characters of narration in one video, all scenes together (the default of NarrationOptions.MaxNarrationCharacters).</summary>
    public const int MaxNarrationCharacters = 20_000;
    /// <summary>Nodes produced while expanding YAML aliases; stops "billion laughs" documents.</summary>
    public const int MaxDocumentNodes = 1_000_000;
    public const int MaxNestingDepth = 64;
}
