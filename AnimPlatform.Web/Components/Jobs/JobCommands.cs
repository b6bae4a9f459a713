using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Security;
using MudBlazor;

namespace AnimPlatform.Web.Components.Jobs;

/// <summary>
/// What the Jobs and Job pages do to a job, with the same wording everywhere: delete asks first, and every
/// outcome is told in a snackbar. One per circuit (it uses the circuit's dialog and snackbar services).
/// </summary>
public sealed class JobCommands(JobService jobs, JobLibrary library, IDialogService dialogs, ISnackbar snackbar, PageActionLimiter limiter, PageClient client)
{
    /// <summary>Asks once for several jobs, then deletes each (running ones are stopped first). How many were deleted.</summary>
    public async Task<int> ConfirmAndDeleteManyAsync(IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0) return 0;
        var confirmed = await dialogs.ShowMessageBoxAsync(
            $"Delete {ids.Count} job{(ids.Count == 1 ? "" : "s")}?",
            $"The {(ids.Count == 1 ? "selected job and its video" : $"{ids.Count} selected jobs and their videos")} will be deleted; running renders are stopped first. This cannot be undone.",
            yesText: "Delete", cancelText: "Keep them");
        if (confirmed != true) return 0;
        var deleted = 0;
        foreach (var id in ids)
            if (await jobs.DeleteAsync(id)) deleted++;
        snackbar.Add(deleted == ids.Count ? $"Deleted {deleted} job{(deleted == 1 ? "" : "s")}." : $"Deleted {deleted} of {ids.Count} jobs (the others were already gone).",
            Severity.Success);
        return deleted;
    }

    /// <summary>Renames a job; the problem with the title, or null when renamed.</summary>
    public async Task<string?> RenameAsync(Guid id, string title)
    {
        if (JobLibrary.CheckTitle(title) is { } problem) return problem;
        if (!await library.RenameAsync(id, title)) return "That job no longer exists.";
        snackbar.Add($"Renamed to \"{title.Trim()}\".", Severity.Success);
        return null;
    }

    /// <summary>Asks for confirmation, then deletes the job and its files. True when it was deleted.</summary>
    public async Task<bool> ConfirmAndDeleteAsync(Guid id, string title, JobStatus status)
    {
        var running = JobFormat.IsActive(status) ? " Its render is stopped first." : "";
        var confirmed = await dialogs.ShowMessageBoxAsync(
            "Delete this job?",
            $"\"{title}\" and its video will be deleted.{running} This cannot be undone.",
            yesText: "Delete", cancelText: "Keep it");
        if (confirmed != true) return false;
        if (await jobs.DeleteAsync(id))
        {
            snackbar.Add($"Deleted \"{title}\".", Severity.Success);
            return true;
        }
        snackbar.Add("That job was already gone.", Severity.Info);
        return false;
    }

    /// <summary>Cancels a queued or rendering job. True when it was cancelled now.</summary>
    public async Task<bool> CancelAsync(Guid id, string title)
    {
        switch (await jobs.CancelAsync(id))
        {
            case CancelOutcome.Cancelled:
                snackbar.Add($"Cancelled \"{title}\".", Severity.Info);
                return true;
            case CancelOutcome.AlreadyFinished:
                snackbar.Add("The job had already finished.", Severity.Info);
                return false;
            default:
                snackbar.Add("That job no longer exists.", Severity.Warning);
                return false;
        }
    }

    /// <summary>
    /// Queues the job's manifest and settings again, counted against the circuit's client like a render from the
    /// Generate page; the new job's id, or null (with a message) when refused.
    /// </summary>
    public async Task<Guid?> RerenderAsync(Guid id)
    {
        if (limiter.TryRender() is { } limited)
        {
            snackbar.Add(limited, Severity.Warning);
            return null;
        }
        var result = await jobs.RerenderAsync(id, client.Key);
        if (result?.Job is { } job)
        {
            snackbar.Add("Queued a new render of the same manifest.", Severity.Success);
            return job.Id;
        }
        var why = result is null ? "the job no longer exists" : string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(3));
        snackbar.Add($"Could not re-render: {why}.", Severity.Error);
        return null;
    }
}
