using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// What users do with jobs — submit, cancel, re-render, delete — for the REST API and the pages alike.
/// The row is saved before its id is queued, and steps that must not be half-done ignore the caller's
/// cancellation (a client hanging up must not leave a saved job unqueued or a cancelled job rendering).
/// </summary>
public sealed class JobService(JobStore store, RenderQueue queue, IJobNotifier notifier, ActiveRenders active, IOptions<JobsOptions> options)
{
    public const int MaxTitleLength = 200;
    public const int MaxStoredWarnings = 200;

    private static readonly JsonSerializerOptions CompactJson = new(JsonNodeExtensions.LenientJson) { WriteIndented = false };

    /// <summary>Stored subtitle choice: none without narration; with it, as asked (default both).</summary>
    private static string SubtitleSetting(RenderRequest request) =>
        request.Narrate != true ? "none" : (Narration.SubtitleModes.Parse(request.Subtitles) ?? Narration.SubtitleMode.Both).ToString().ToLowerInvariant();

    public async Task<SubmitResult> SubmitAsync(RenderRequest request, CancellationToken cancellationToken = default)
    {
        var check = RenderRequestCheck.Check(request);
        if (!check.IsValid) return new SubmitResult(null, 0, check.Diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var show = check.Prepared!.Show;
        var job = await store.CreateAsync(new Job
        {
            Title = Shorten(string.IsNullOrWhiteSpace(show.Title) ? "Untitled" : show.Title.Trim(), MaxTitleLength),
            Topic = Shorten(string.IsNullOrWhiteSpace(check.Topic) ? show.Topic : check.Topic, RenderRequestCheck.MaxTopicLength),
            Manifest = check.Document!.ToJsonString(CompactJson),
            Width = check.Settings.Width,
            Height = check.Settings.Height,
            Fps = check.Settings.Fps,
            Narrate = request.Narrate == true,
            Subtitles = SubtitleSetting(request),
            GenerationLog = request.GenerationLog,
            Warnings = ToWarnings(check.Warnings),
        }, CancellationToken.None);
        queue.Enqueue(job.Id);
        notifier.Publish(new JobUpdate(job.Id, JobStatus.Queued, 0, JobStages.Queued));
        var position = await store.QueuePositionAsync(job.Id, CancellationToken.None);
        return new SubmitResult(job, position, check.Diagnostics);
    }

    /// <summary>Submits the job's manifest and settings again as a new job; null when there is no such job.</summary>
    public async Task<SubmitResult?> RerenderAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var job = await store.GetAsync(id, cancellationToken);
        if (job is null) return null;
        JsonNode? document;
        try { document = JsonNode.Parse(job.Manifest); }
        catch (JsonException ex)
        {
            return new SubmitResult(null, 0, [Diagnostic.Error("", $"the stored manifest of job {id} is unreadable: {ex.Message}")]);
        }
        return await SubmitAsync(new RenderRequest
        {
            Document = document,
            Topic = job.Topic,
            Width = job.Width,
            Height = job.Height,
            Fps = job.Fps,
            Narrate = job.Narrate,
            Subtitles = job.Narrate ? job.Subtitles : null,
            GenerationLog = job.GenerationLog,
        }, cancellationToken);
    }

    /// <summary>Cancels a queued or rendering job; a running render is stopped and its files removed before this returns.</summary>
    public async Task<CancelOutcome> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await store.TryCancelAsync(id, cancellationToken))
            return await store.GetSummaryAsync(id, cancellationToken) is null ? CancelOutcome.NotFound : CancelOutcome.AlreadyFinished;
        await active.CancelAsync(id, options.Value.CancelWait);
        var job = await store.GetSummaryAsync(id, CancellationToken.None);
        notifier.Publish(new JobUpdate(id, JobStatus.Cancelled, job?.Progress ?? 0, JobStages.Cancelled));
        return CancelOutcome.Cancelled;
    }

    /// <summary>Deletes a job and its files, stopping its render first; false when there is no such job.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var job = await store.GetSummaryAsync(id, cancellationToken);
        if (job is null) return false;
        if (await store.TryCancelAsync(id, CancellationToken.None))
            await active.CancelAsync(id, options.Value.CancelWait);
        if (!await store.DeleteAsync(id, CancellationToken.None)) return false;
        notifier.Publish(new JobUpdate(id, job.Status, job.Progress, job.Stage, job.Error, Deleted: true));
        return true;
    }

    internal static IReadOnlyList<JobWarning> ToWarnings(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !d.IsError).Take(MaxStoredWarnings).Select(d => new JobWarning(d.Path, d.Message)).ToList();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
