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
public sealed class JobService(IJobStore store, IVideoStore files, IRenderQueue queue, IJobNotifier notifier, ActiveRenders active, IOptions<JobsOptions> options)
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
        if (files.FreeBytes() is { } free && free < options.Value.MinFreeDiskBytes)
            return SubmitResult.Refused(SubmitRefusal.StorageFull,
                $"the server's output disk has only {free / 1048576} MB free (its floor is {options.Value.MinFreeDiskBytes / 1048576} MB): "
                + "no new render is accepted until space is freed; try again later");
        var cost = RenderCostEstimate.For(show, check.Settings, options.Value.RenderSecondsPerMegapixelFrame);
        if (cost.Time > options.Value.MaxRenderTime)
            return SubmitResult.Refused(SubmitRefusal.TooExpensive,
                $"this video is too heavy for this server: {cost.Describe()}, over the maximum render time of "
                + $"{RenderCostEstimate.FormatTime(options.Value.MaxRenderTime)}. Make it shorter, smaller (width/height, fps) or simpler");
        if (options.Value.MaxQueuedRenderTimePerClient != Timeout.InfiniteTimeSpan)
        {
            var queued = TimeSpan.FromSeconds(await store.QueuedSecondsAsync(request.ClientKey, cancellationToken));
            if (queued + cost.Time > options.Value.MaxQueuedRenderTimePerClient)
                return SubmitResult.Refused(SubmitRefusal.ClientBudget,
                    $"you already have about {RenderCostEstimate.FormatTime(queued)} of rendering waiting; with this video "
                    + $"({RenderCostEstimate.FormatTime(cost.Time)}) that is over the {RenderCostEstimate.FormatTime(options.Value.MaxQueuedRenderTimePerClient)} "
                    + "one client may have queued. Try again when some of your jobs have finished");
        }

        var job = await store.CreateAsync(new Job
        {
            ClientKey = request.ClientKey,
            EstimatedSeconds = cost.Time.TotalSeconds,
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
        // The place is read before the id is queued: a worker taking the job at once must not make it 0.
        var position = Math.Max(1, await store.QueuePositionAsync(job.Id, CancellationToken.None));
        queue.Enqueue(job.Id, job.ClientKey);
        notifier.Publish(new JobUpdate(job.Id, JobStatus.Queued, 0, JobStages.Queued));
        return new SubmitResult(job, position, check.Diagnostics);
    }

    /// <summary>Submits the job's manifest and settings again as a new job; null when there is no such job.</summary>
    public async Task<SubmitResult?> RerenderAsync(Guid id, CancellationToken cancellationToken = default) =>
        await RerenderAsync(id, "", cancellationToken);

    /// <summary>As <see cref="RerenderAsync(Guid, CancellationToken)"/>, counted against <paramref name="clientKey"/>.</summary>
    public async Task<SubmitResult?> RerenderAsync(Guid id, string clientKey, CancellationToken cancellationToken = default)
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
            ClientKey = clientKey,
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
