namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Something happened to a job: created, progressed, changed status, or was deleted
/// (<see cref="Deleted"/>). Carries what a progress display shows, so subscribers need not query.
/// </summary>
public sealed record JobUpdate(Guid JobId, JobStatus Status, int Progress, string Stage, string? Error = null, bool Deleted = false);
