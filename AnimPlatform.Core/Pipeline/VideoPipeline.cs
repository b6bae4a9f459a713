using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Core.Pipeline;

/// <summary>
/// The render pipeline of every video, narrated or not — what a render worker, a distributed chunk job and the CLI call:
/// <list type="number">
/// <item>"Narrating scene i/n": speak every chunk (cache first), plan the timing and padding;</item>
/// <item>compile the padded show with the subtitle tracks (scene length = max(timeline, speech));</item>
/// <item>"Rendering": encode the frames (burned subtitles included when asked);</item>
/// <item>"Adding audio": build the aligned narration track, mux it as AAC (video stream copied), and write the SRT/VTT sidecars.</item>
/// </list>
/// With narration off it is exactly the plain renderer: no audio stream, durations as the spec computes.
/// </summary>
public sealed class VideoPipeline(NarrationPlanner planner)
{
    public NarrationPlanner Planner { get; } = planner;

    public static VideoPipeline Create(NarrationOptions options, HttpClient? http = null) =>
        new(new NarrationPlanner(SpeechService.Create(options, http), options));

    /// <summary>Everything before the frames: narration plan (synthesis, cached) and the compiled show. Gives the video's exact length.</summary>
    public async Task<NarratedShow> PrepareAsync(ShowDocument show, NarrationRequest request,
        IProgress<RenderStageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!request.Narrate) return NarratedShow.Silent(show, request);
        var plan = await Planner.PlanAsync(show, progress, cancellationToken).ConfigureAwait(false);
        var warnings = new List<Diagnostic>(plan.Warnings);
        if (!plan.HasSpeech)
        {
            warnings.Add(Diagnostic.Warning("scenes", "narration is on but no scene has narration text — the video has no audio"));
            var silent = ShowCompiler.Compile(show);
            warnings.AddRange(silent.Warnings);
            return new NarratedShow(show, silent, null, request, warnings);
        }
        var padded = plan.Apply(show);
        var compiled = ShowCompiler.Compile(padded, plan.CompileOptions(request.Subtitles.Burns()));
        warnings.AddRange(compiled.Warnings);
        return new NarratedShow(padded, compiled, plan, request, warnings);
    }

    public async Task<RenderedVideo> RenderAsync(ShowDocument show, string outputPath, VideoOptions video, NarrationRequest request,
        IProgress<RenderStageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(show, request, progress, cancellationToken).ConfigureAwait(false);
        return await EncodeAsync(prepared, outputPath, video, progress, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<RenderedVideo> EncodeAsync(NarratedShow prepared, string outputPath, VideoOptions video,
        IProgress<RenderStageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var compiled = prepared.Compiled;
        var frames = compiled.FrameCount(video.Fps);
        var output = Path.GetFullPath(outputPath);
        if (!prepared.HasAudio)
        {
            await VideoEncoder.EncodeAsync(compiled, output, video, FrameProgress(progress, 0, 100), cancellationToken).ConfigureAwait(false);
            return new RenderedVideo(output, compiled.Duration, frames, false, null, null, compiled.Subtitles, prepared.Plan?.Stats, prepared.Warnings);
        }

        var dir = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(dir);
        // Intermediates follow the encoder's temp naming (".<name>.<random>.tmp.*"), so the job store sees
        // them as the job's temporary files (cleaned on cancel, never swept as orphans mid-render).
        var silentVideo = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(output)}.{Guid.NewGuid():N}.tmp.video.mp4");
        try
        {
            await VideoEncoder.EncodeAsync(compiled, silentVideo, video, FrameProgress(progress, 10, 85), cancellationToken).ConfigureAwait(false);
            progress?.Report(new RenderStageProgress(RenderStage.AddingAudio, "Adding audio", 95));
            var (srt, vtt) = await AddAudioAsync(prepared, silentVideo, output, video.Fps, cancellationToken).ConfigureAwait(false);
            progress?.Report(new RenderStageProgress(RenderStage.AddingAudio, "Adding audio", 100));
            return new RenderedVideo(output, compiled.Duration, frames, true, srt, vtt, compiled.Subtitles, prepared.Plan!.Stats, prepared.Warnings);
        }
        finally
        {
            try { if (File.Exists(silentVideo)) File.Delete(silentVideo); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The audio step of a narrated show, once for the whole video: builds the aligned narration track as long
    /// as <paramref name="silentVideo"/>'s frames, muxes it as AAC (video copied) into <paramref name="output"/>
    /// and writes the SRT/VTT sidecars when asked. Returns the sidecar paths (null when none).
    /// </summary>
    public static async Task<(string? Srt, string? Vtt)> AddAudioAsync(NarratedShow prepared, string silentVideo, string output, int fps,
        CancellationToken cancellationToken = default)
    {
        var compiled = prepared.Compiled;
        var frames = compiled.FrameCount(fps);
        var dir = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var wav = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(output)}.{Guid.NewGuid():N}.tmp.narration.wav");
        try
        {
            // The audio lasts exactly as long as the video stream: frames × frame duration.
            var track = NarrationTrack.Build(compiled, prepared.Plan!, (double)frames / fps);
            WavFile.Write(wav, track);
            await AudioMuxer.MuxAsync(silentVideo, wav, output, fps, cancellationToken).ConfigureAwait(false);
            string? srt = null, vtt = null;
            if (prepared.Request.Subtitles.WritesFiles() && compiled.Subtitles.Count > 0)
                (srt, vtt) = SubtitleFiles.Write(compiled.Subtitles, Path.ChangeExtension(output, ".srt"), Path.ChangeExtension(output, ".vtt"));
            return (srt, vtt);
        }
        finally
        {
            try { if (File.Exists(wav)) File.Delete(wav); } catch (IOException) { }
        }
    }

    private static IProgress<RenderProgress>? FrameProgress(IProgress<RenderStageProgress>? progress, double from, double span) =>
        progress is null ? null : new FrameProgressAdapter(progress, from, span);

    /// <summary>Synchronous (no thread-pool hop), so stage reports stay in order.</summary>
    private sealed class FrameProgressAdapter(IProgress<RenderStageProgress> target, double from, double span) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) =>
            target.Report(new RenderStageProgress(RenderStage.Rendering, "Rendering", from + span * value.Percent / 100, value));
    }
}
