namespace AnimPlatform.Core.Jobs;

/// <summary>What a cancel request did.</summary>
public enum CancelOutcome
{
    /// <summary>The job was queued or rendering and is now cancelled (a running render has stopped).</summary>
    Cancelled,
    /// <summary>No such job.</summary>
    NotFound,
    /// <summary>The job had already finished (done, error or cancelled); nothing changed.</summary>
    AlreadyFinished,
}
