namespace AnimPlatform.Core.Jobs;

/// <summary>The stage texts a job shows while it moves through the queue and the renderer.</summary>
public static class JobStages
{
    public const string Queued = "queued";
    public const string Preparing = "preparing";
    public const string RenderingFrames = "rendering frames";
    public const string Encoding = "finishing video";
    public const string SavingPoster = "saving poster";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
