using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Jobs;

/// <summary>Why a valid submission was not queued.</summary>
public enum SubmitRefusal
{
    None,
    /// <summary>The manifest has errors (see the diagnostics).</summary>
    Invalid,
    /// <summary>The estimated render time is over the maximum render time.</summary>
    TooExpensive,
    /// <summary>The client already has its budget of render time queued.</summary>
    ClientBudget,
    /// <summary>The output disk is below its free-space floor.</summary>
    StorageFull,
}

/// <summary>
/// The answer to a submission: the queued job and its place in the queue (1 = next; 0 = already started),
/// or no job, why (<see cref="Refusal"/>) and the diagnostics that say so.
/// </summary>
public sealed record SubmitResult(Job? Job, int QueuePosition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Accepted => Job is not null;

    public SubmitRefusal Refusal { get; init; } = Job is null ? SubmitRefusal.Invalid : SubmitRefusal.None;

    public static SubmitResult Refused(SubmitRefusal why, string message) =>
        new(null, 0, [Diagnostic.Error("", message)]) { Refusal = why };
}
