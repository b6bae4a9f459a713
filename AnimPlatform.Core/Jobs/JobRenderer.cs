using AnimPlatform.Core.Pipeline;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Turns one job into its files: checks and compiles the stored manifest (narrating it when asked),
/// encodes output/&lt;id&gt;.mp4 (with the narration as AAC, subtitles burned and/or as .srt/.vtt beside it)
/// and saves the frame from the middle as output/&lt;id&gt;.png. Files appear only complete (temp name +
/// move); on cancellation or failure the caller deletes whatever is left.
/// </summary>
public sealed class JobRenderer(IVideoStore files, VideoPipeline narration, IOptions<JobsOptions> options)
{
    private static readonly JsonDocumentOptions StoredJson = new() { MaxDepth = ManifestLimits.MaxNestingDepth + 8 };

    public async Task<RenderedJob> RenderAsync(Job job, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(new JobProgress(0, JobStages.Preparing));
        var document = Prepare(job);
        files.EnsureWritable(job.Id); // a full disk or a read-only folder fails here, before any frame is drawn
        var stages = new StageProgress(progress);
        var video = VideoFor(job);
        var videoPath = files.VideoPath(job.Id);
        NarratedShow prepared;
        try
        {
            prepared = await narration.PrepareAsync(document.Show, NarrationFor(job), stages, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            await VideoPipeline.EncodeAsync(prepared, videoPath, video, stages, cancellationToken);
        }
        catch (NarrationException ex)
        {
            throw new JobRenderException(ex.Message);
        }

        progress.Report(new JobProgress(99, JobStages.SavingPoster));
        var posterPath = SavePoster(job, prepared.Compiled, video);
        cancellationToken.ThrowIfCancellationRequested();
        return new RenderedJob(videoPath, posterPath, JobService.ToWarnings(document.Warnings.Concat(prepared.Warnings)));
    }

    /// <summary>The encoder settings of a job (size, fps, this server's preset and quality).</summary>
    public VideoOptions VideoFor(Job job) =>
        new() { Fps = job.Fps, Width = job.Width, Height = job.Height, Preset = options.Value.Preset, Crf = options.Value.Crf };

    private static NarrationRequest NarrationFor(Job job) =>
        job.Narrate ? NarrationRequest.On(SubtitleModes.Parse(job.Subtitles) ?? SubtitleMode.Both) : NarrationRequest.Off;

    /// <summary>
    /// Everything before the frames, from the stored manifest and settings alone: checked, narrated when asked
    /// (speech from the cache when it was spoken before) and compiled. Any machine gets the same show.
    /// </summary>
    public async Task<(NarratedShow Show, IReadOnlyList<JobWarning> Warnings)> PrepareAsync(Job job, IProgress<JobProgress>? progress,
        CancellationToken cancellationToken)
    {
        var document = Prepare(job);
        try
        {
            var prepared = await narration.PrepareAsync(document.Show, NarrationFor(job), progress is null ? null : new StageProgress(progress), cancellationToken);
            return (prepared, JobService.ToWarnings(document.Warnings.Concat(prepared.Warnings)));
        }
        catch (NarrationException ex)
        {
            throw new JobRenderException(ex.Message);
        }
    }

    /// <summary>The poster of a job rendered elsewhere (distributed join).</summary>
    public string SavePoster(Job job, NarratedShow show) => SavePoster(job, show.Compiled, VideoFor(job));

    private static PreparedDocument Prepare(Job job)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(job.Manifest, documentOptions: StoredJson); }
        catch (JsonException ex) { throw new JobRenderException($"the stored manifest is unreadable: {ex.Message}"); }
        var document = ManifestPipeline.FromNode(node);
        if (!document.IsValid)
            throw new JobRenderException("the manifest is not valid: " + string.Join("; ", document.Errors.Take(5)));
        return document;
    }

    /// <summary>The frame from the middle of the video, for list thumbnails.</summary>
    private string SavePoster(Job job, CompiledShow show, VideoOptions video)
    {
        var posterPath = files.PosterPath(job.Id);
        var temp = files.NewPosterTempPath(job.Id);
        try
        {
            using (var source = new FrameSource(show, video.Fps, video.Width, video.Height))
            {
                source.RenderAt(show.Duration / 2);
                File.WriteAllBytes(temp, source.EncodePng());
            }
            File.Move(temp, posterPath, overwrite: true);
        }
        finally
        {
            JobFiles.TryDelete(temp);
        }
        return posterPath;
    }

    /// <summary>Stages ("Narrating scene 2/4", "Rendering", "Adding audio") and percent as job progress; 100 is kept for "done".</summary>
    private sealed class StageProgress(IProgress<JobProgress> target) : IProgress<RenderStageProgress>
    {
        public void Report(RenderStageProgress value) => target.Report(new JobProgress(
            Math.Min(98, (int)value.Percent),
            value.Stage == RenderStage.Rendering && value.Frames is { } f
                ? (f.FramesDone < f.TotalFrames ? JobStages.RenderingFrames : JobStages.Encoding)
                : value.Label));
    }
}
