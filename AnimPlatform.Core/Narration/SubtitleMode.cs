namespace AnimPlatform.Core.Narration;

/// <summary>Where subtitles go: burned into the frames, sidecar SRT + WebVTT files, both, or nowhere.</summary>
public enum SubtitleMode
{
    Both,
    Burn,
    File,
    None,
}

public static class SubtitleModes
{
    public static bool Burns(this SubtitleMode mode) => mode is SubtitleMode.Burn or SubtitleMode.Both;
    public static bool WritesFiles(this SubtitleMode mode) => mode is SubtitleMode.File or SubtitleMode.Both;

    /// <summary>"burn", "file", "both", "none" (any case); null when unknown.</summary>
    public static SubtitleMode? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "burn" or "burned" => SubtitleMode.Burn,
        "file" or "files" or "sidecar" => SubtitleMode.File,
        "both" => SubtitleMode.Both,
        "none" or "off" => SubtitleMode.None,
        _ => null,
    };
}
