namespace AnimPlatform.Core.Jobs;

/// <summary>
/// One render request and its outcome, a row of the <c>jobs</c> table. The database is the source of
/// truth: the queue only carries ids, and every status change is a conditional update of this row.
/// </summary>
public sealed class Job
{
    public Guid Id { get; set; }
    public JobStatus Status { get; set; } = JobStatus.Queued;
    /// <summary>0–100.</summary>
    public int Progress { get; set; }
    /// <summary>What the job is doing now, in words ("rendering frames", "saving poster", …).</summary>
    public string Stage { get; set; } = JobStages.Queued;
    public string Title { get; set; } = "";
    /// <summary>The show's topic, or the prompt a generated show came from.</summary>
    public string Topic { get; set; } = "";
    /// <summary>The submitted document (show or scene) as JSON text.</summary>
    public string Manifest { get; set; } = "{}";
    /// <summary>Output size; null = the canvas size.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
    public int Fps { get; set; } = RenderSettings.DefaultFps;
    /// <summary>Speak each scene's narration (offline voice by default) and add it as an AAC track.</summary>
    public bool Narrate { get; set; }
    /// <summary>With narration: "both", "burn", "file" or "none" (where subtitles go).</summary>
    public string Subtitles { get; set; } = "none";
    /// <summary>How a generated show was made (generator or AI provider, prompt, raw reply) as JSON, for debugging.</summary>
    public string? GenerationLog { get; set; }
    /// <summary>The MP4 once done; a poster PNG lies beside it.</summary>
    public string? OutputPath { get; set; }
    public string? Error { get; set; }
    /// <summary>Who submitted it (the client's address), for fair scheduling and the per-client budget.</summary>
    public string ClientKey { get; set; } = "";
    /// <summary>The render time estimated at submission (<see cref="RenderCostEstimate"/>), in seconds.</summary>
    public double EstimatedSeconds { get; set; }
    /// <summary>How many times a worker has started this job (a crash mid-render leaves it counted).</summary>
    public int Attempts { get; set; }
    /// <summary>The node rendering the job now (<see cref="JobsOptions.NodeName"/>); null unless rendering.</summary>
    public string? LeaseOwner { get; set; }
    /// <summary>
    /// Until when the render is known to be alive: the renderer renews it while it works. A rendering job is
    /// taken back (queued again) only once this has passed, never because some process started.
    /// </summary>
    public DateTime? LeaseExpiresAt { get; set; }
    public IReadOnlyList<JobWarning> Warnings { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
