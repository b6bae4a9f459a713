namespace AnimPlatform.Core.Video;

/// <summary>Frames done out of the total, reported while encoding.</summary>
public readonly record struct RenderProgress(int FramesDone, int TotalFrames)
{
    public double Percent => TotalFrames == 0 ? 100 : 100.0 * FramesDone / TotalFrames;
}
