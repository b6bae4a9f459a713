using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// One clean-up pass: deletes finished jobs (and their files) created more than RetentionDays ago, and
/// videos and posters in the output folder that belong to no job, including temp files of renders that
/// are not running. Queued and rendering jobs are never touched.
/// </summary>
public sealed class RetentionSweeper(
    JobStore store,
    JobFiles files,
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
        var orphans = 0;
        foreach (var file in candidates)
        {
            var owner = JobFiles.OwnerOf(file, out var isTemp);
            var owned = owner is { } id && jobs.TryGetValue(id, out var status) && (!isTemp || status == JobStatus.Rendering);
            if (!owned && JobFiles.TryDelete(file)) orphans++;
        }

        if (jobsDeleted + orphans > 0)
            logger.LogInformation("Retention: deleted {Jobs} job(s) older than {Days} day(s) and {Orphans} orphan file(s)",
                jobsDeleted, options.Value.RetentionDays, orphans);
        return new RetentionResult(jobsDeleted, orphans);
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
