using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// One narrated scene's timing. <see cref="AnimationLength"/> is its timeline (spec §11 sceneDuration) with the
/// waits for step narration (<see cref="Waits"/>);
/// <see cref="Padding"/> the pause inserted (spec §12.3 / issue 7); <see cref="SceneLength"/> the scene's length
/// in the video: max(timeline + padding, speech) — except when the padding cap cuts the speech, then
/// timeline + padding and the last <see cref="CutSeconds"/> of speech are not heard.
/// </summary>
public sealed record SceneNarration(
    int Position,
    string Name,
    IReadOnlyList<NarrationChunk> Chunks,
    double AnimationLength,
    double Padding,
    double SceneLength)
{
    /// <summary>Pauses step narration (<c>say</c>) adds around timeline entries; <see cref="AnimationLength"/> includes them.</summary>
    public IReadOnlyList<TimelineWait> Waits { get; init; } = [];

    public double SpeechLength => Chunks.Count == 0 ? 0 : Chunks.Max(c => c.End);
    public double CutSeconds => Math.Max(0, SpeechLength - SceneLength);

    /// <summary>Cues relative to the scene's start: each chunk from the first to the last sample of its speech, clipped to the scene.</summary>
    public IReadOnlyList<SubtitleCue> Cues => Chunks
        .Where(c => c.Offset < SceneLength - 0.05)
        .Select(c => new SubtitleCue(c.Offset, Math.Min(c.End, SceneLength), c.Text))
        .ToList();

    public SceneSubtitles ToSubtitles() => new(Cues, Math.Min(SpeechLength, SceneLength));
}
