namespace AnimPlatform.Core.Manifest.Model;

/// <summary>
/// What gets rendered: a show, or a single-scene manifest seen as a show of one scene.
/// <see cref="Canvas"/> is the top-level document's canvas (frame size and background, spec §3).
/// </summary>
public sealed record ShowDocument(bool IsShow, string Title, string Topic, CanvasSpec Canvas, string? Easing, IReadOnlyList<SceneEntry> Scenes)
{
    public const double TrailingHoldSeconds = 0.5;
    public const int FramesPerSecond = 30;

    /// <summary>Spec §11: transitions (after the first scene) + scene lengths + the 0.5 s trailing hold.</summary>
    public double Duration =>
        Scenes.Select((s, i) => (i == 0 ? 0 : s.Transition.Duration) + s.Scene.Duration).Sum() + TrailingHoldSeconds;

    public int FrameCount(int fps = FramesPerSecond) => (int)Math.Ceiling(Duration * fps - 1e-9);
}
