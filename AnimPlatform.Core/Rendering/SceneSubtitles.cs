namespace AnimPlatform.Core.Rendering;

/// <summary>
/// A scene's subtitle track (spec §12): cues relative to the scene's start (after its transition), and the
/// track's length. The scene lasts until both its timeline and this track have ended (spec §11).
/// </summary>
public sealed record SceneSubtitles(IReadOnlyList<SubtitleCue> Cues, double TrackLength);
