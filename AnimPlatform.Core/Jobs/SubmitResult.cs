using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// The answer to a submission: the queued job and its place in the queue (1 = next; 0 = already started),
/// or no job and the diagnostics that refused it.
/// </summary>
public sealed record SubmitResult(Job? Job, int QueuePosition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Accepted => Job is not null;
}
