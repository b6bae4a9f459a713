namespace AnimPlatform.Core.Rendering;

/// <summary>One subtitle: shown from Start to End (seconds; relative to its scene in <see cref="SceneSubtitles"/>, absolute in <see cref="CompiledShow.Subtitles"/>).</summary>
public sealed record SubtitleCue(double Start, double End, string Text)
{
    public double Mid => (Start + End) / 2;
}
