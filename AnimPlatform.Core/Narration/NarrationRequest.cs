namespace AnimPlatform.Core.Narration;

/// <summary>A job's narration choices: speak the scenes' <c>narration</c> text or not, and where subtitles go (both by default).</summary>
public sealed record NarrationRequest(bool Narrate, SubtitleMode Subtitles = SubtitleMode.Both)
{
    public static readonly NarrationRequest Off = new(false, SubtitleMode.None);
    public static NarrationRequest On(SubtitleMode subtitles = SubtitleMode.Both) => new(true, subtitles);
}
