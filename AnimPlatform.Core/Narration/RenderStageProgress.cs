using AnimPlatform.Core.Video;

namespace AnimPlatform.Core.Narration;

public enum RenderStage
{
    Narrating,
    Rendering,
    AddingAudio,
}

/// <summary>
/// Progress of a (narrated) render, for a job's status line: <see cref="Label"/> is what to show
/// ("Narrating scene 2/4", "Rendering", "Adding audio"); <see cref="Percent"/> runs 0–100 over all stages
/// (narration 0–10, frames 10–95, audio 95–100; without narration the frames take 0–100).
/// <see cref="Frames"/> is set while rendering.
/// </summary>
public readonly record struct RenderStageProgress(RenderStage Stage, string Label, double Percent, RenderProgress? Frames = null)
{
    public override string ToString() => Frames is { } f
        ? $"{Label} {f.FramesDone}/{f.TotalFrames} frames ({Percent:0}%)"
        : $"{Label} ({Percent:0}%)";
}
