namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// One range of frames of a distributed render, a row of <c>job_chunks</c>: which frames, how many are done,
/// whether its output is in place, and the worker that last rendered it. The join starts when every row is done.
/// </summary>
public sealed class JobChunk
{
    public Guid JobId { get; set; }
    public int Index { get; set; }
    public int FirstFrame { get; set; }
    public int EndFrame { get; set; }
    public int FramesDone { get; set; }
    public bool Done { get; set; }
    public string? Worker { get; set; }
    /// <summary>How many times a worker started this chunk.</summary>
    public int Attempts { get; set; }
    public double Seconds { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int FrameCount => EndFrame - FirstFrame;
}
