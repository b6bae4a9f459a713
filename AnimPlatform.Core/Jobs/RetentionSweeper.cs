using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// One clean-up pass: deletes finished jobs (and their files) created more than RetentionDays ago, and
/// temp files of renders that are not running. Videos and posters of no job are moved to the quarantine
/// folder (see <see cref="OrphanQuarantine"/>), never deleted at once; and when the job table is empty while the
/// output folder holds videos — a lost or replaced database — no file is touched at all.
/// Queued and rendering jobs are never touched.
/// </summary>
public sealed class RetentionSweeper(
    JobStore store,
    JobFiles files,
    OrphanQuarantine quarantine,
    IJobNotifier notifier,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<RetentionSweeper> logger)
{
    public async Task<RetentionResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.RetentionDays);
        var expired = await store.ListFinishedBeforeAsync(cutoff, cancellationToken);
        var jobsDeleted = 0;
        foreach (var id in expired)
        {
            if (!await store.DeleteAsync(id, cancellationToken)) continue;
            jobsDeleted++;
            notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done, Deleted: true));
        }

        // List the files before asking which jobs exist: a job created in between has no file in the list yet.
        var candidates = ListOutputFiles();
        var jobs = await store.StatusesAsync(cancellationToken);
        if (jobs.Count == 0 && candidates.Any(f => !IsTemp(f)))
        {
            logger.LogWarning(
                "Retention: the job table is empty but {OutputDir} holds {Count} video or poster file(s); keeping them all. " +
                "If the database was lost or replaced, restore it from a backup (see README, Backup and restore)",
                files.OutputDir, candidates.Count);
            return new RetentionResult(jobsDeleted, 0);
        }

        var restored = quarantine.RestoreOwned(jobs);
        var now = clock.GetUtcNow().UtcDateTime;
        int deleted = 0, quarantined = 0;
        foreach (var file in candidates)
        {
            var owner = JobFiles.OwnerOf(file, out var isTemp);
            var owned = owner is { } id && jobs.TryGetValue(id, out var status) && (!isTemp || status == JobStatus.Rendering);
            if (owned) continue;
            if (isTemp) { if (JobFiles.TryDelete(file)) deleted++; }
            else if (quarantine.TryQuarantine(file, now)) quarantined++;
        }
        deleted += quarantine.DeleteExpired(cutoff);

        if (jobsDeleted + deleted + quarantined + restored > 0)
            logger.LogInformation(
                "Retention: deleted {Jobs} job(s) older than {Days} day(s) and {Deleted} file(s); moved {Quarantined} file(s) of no job to {Quarantine}; restored {Restored}",
                jobsDeleted, options.Value.RetentionDays, deleted, quarantined, quarantine.Folder, restored);
        return new RetentionResult(jobsDeleted, deleted, quarantined);
    }

    private static bool IsTemp(string file)
    {
        JobFiles.OwnerOf(file, out var isTemp);
        return isTemp;
    }

    /// <summary>Every video in the output folder, and the posters (named by job id) beside them.</summary>
    private List<string> ListOutputFiles()
    {
        if (!Directory.Exists(files.OutputDir)) return [];
        return Directory.EnumerateFiles(files.OutputDir)
            .Where(f => f.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase)
                || (f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && JobFiles.OwnerOf(f, out _) is not null))
            .ToList();
    }
}
