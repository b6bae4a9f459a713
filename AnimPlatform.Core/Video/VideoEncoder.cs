using AnimPlatform.Core.Rendering;
using FFMpegCore;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Streams frames into ffmpeg (libx264, yuv420p, +faststart). Writes to a temporary name beside the
/// output and moves it into place only on success, so a cancelled or failed render leaves no file.
/// </summary>
public static class VideoEncoder
{
    public static async Task EncodeAsync(CompiledShow show, string outputPath, VideoOptions options,
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (VideoLimits.Problems(options).FirstOrDefault() is { } problem) throw new ArgumentException(problem);
        var encoder = await EncoderSelector.ResolveAsync(options.Encoder, cancellationToken).ConfigureAwait(false);

        var total = show.FrameCount(options.Fps);
        var plan = ChunkPlan.For(total, options.Fps, options.Chunks); // ranges of at least 2 s
        if (plan.Count == 1)
        {
            await EncodeRangeAsync(show, outputPath, options, encoder, 0, total, progress, cancellationToken).ConfigureAwait(false);
            return;
        }
        await EncodeChunksAsync(show, outputPath, options, encoder, plan, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Encodes one range of a chunk plan as its own MP4 (timestamps from 0; <see cref="JoinAsync"/> puts it back
    /// in place). Needs only the compiled show, the options and the range: any process can encode any range.
    /// Progress counts frames of the whole video (the range's first frame + frames done).
    /// </summary>
    public static async Task EncodeRangeAsync(CompiledShow show, FrameRange range, string outputPath, VideoOptions options,
        IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (range.First < 0 || range.End > show.FrameCount(options.Fps) || range.Count < 1)
            throw new ArgumentOutOfRangeException(nameof(range), $"range {range} is outside the video's {show.FrameCount(options.Fps)} frames");
        var encoder = await EncoderSelector.ResolveAsync(options.Encoder, cancellationToken).ConfigureAwait(false);
        await EncodeRangeAsync(show, outputPath, options, encoder, range.First, range.End, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Joins encoded ranges, in order, into one MP4 without re-encoding (ffmpeg's concat demuxer, -c copy, +faststart).</summary>
    public static async Task JoinAsync(IReadOnlyList<string> segments, string outputPath, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(outputPath);
        var dir = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(dir);
        var list = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(output).TrimStart('.')}.{Guid.NewGuid():N}.tmp.concat.txt");
        try
        {
            await File.WriteAllLinesAsync(list, segments.Select(s => $"file '{Path.GetFullPath(s).Replace("'", "'\\''")}'"), cancellationToken).ConfigureAwait(false);
            await FfmpegFileWriter.WriteAsync(output, temp => FFMpegArguments
                .FromFileInput(list, verifyExists: true, o => o.WithCustomArgument("-f concat -safe 0"))
                .OutputToFile(temp, overwrite: true, o => o.WithCustomArgument("-c copy").WithFastStart()),
                "ffmpeg could not join the chunks", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            try { if (File.Exists(list)) File.Delete(list); } catch (IOException) { }
        }
    }

    private static async Task EncodeRangeAsync(CompiledShow show, string outputPath, VideoOptions options, string encoder,
        int first, int end, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        using var source = new FrameSource(show, options.Fps, options.Width, options.Height);
        await using var pipe = new DistinctFramePipe(source, progress, everyFrame: options.ConstantFrameRate, first, end, options.Timings);
        pipe.Start(cancellationToken); // the first frames are drawn while ffmpeg starts (and its version check finishes)
        await FfmpegFileWriter.WriteAsync(outputPath, temp => FFMpegArguments
            .FromPipeInput(pipe)
            .OutputToFile(temp, overwrite: true, o => o
                .WithVideoCodec(encoder)
                .WithCustomArgument(OutputArguments(options, encoder, end - first))
                .WithFastStart()),
            "ffmpeg failed", cancellationToken).ConfigureAwait(false);
        if (pipe.FinishedAt != 0) options.Timings?.AddFfmpegWait(pipe.FinishedAt);
    }

    /// <summary>
    /// The encoder's output arguments for a Matroska input of I420 frames (after -c:v): the bench's ffmpeg-alone
    /// floor uses exactly these, so the comparison is like for like.
    /// </summary>
    public static string OutputArguments(VideoOptions options, string encoder, int frames)
    {
        // Timestamps come from the Matroska stream; vfr keeps them, cfr maps every frame to its tick.
        var timing = options.ConstantFrameRate
            ? $"-fps_mode cfr -r {options.Fps} -frames:v {frames}"
            // No B-frames with variable frame rate: reordering moves decode times away from the sparse
            // presentation times and MP4 then records a track shorter than the video (players stop early).
            : $"-fps_mode vfr -video_track_timescale {options.Fps * 1000} -bf 0";
        var tune = options.Tune is { } t && encoder == EncoderSelector.Software ? $"-tune {t} " : "";
        return $"{EncoderSelector.QualityArguments(encoder, options.Preset, options.Crf)} {tune}-pix_fmt yuv420p {timing} " +
            // Keyframes every 2 s of video time, so players seek quickly even across long pauses.
            "-force_key_frames expr:gte(t,n_forced*2) " +
            "-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv";
    }

    /// <summary>Ranges encoded in parallel (each from its own frame source) and joined by ffmpeg's concat demuxer with -c copy.</summary>
    private static async Task EncodeChunksAsync(CompiledShow show, string outputPath, VideoOptions options, string encoder,
        ChunkPlan plan, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(outputPath);
        var dir = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(dir);
        var stem = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(output).TrimStart('.')}.{Guid.NewGuid():N}.tmp");
        var segments = Enumerable.Range(0, plan.Count).Select(i => $"{stem}.part{i}.mp4").ToList();
        var total = plan.TotalFrames;
        var done = new int[plan.Count];
        try
        {
            await Task.WhenAll(plan.Ranges.Select((range, i) =>
            {
                var counter = progress is null ? null : new ChunkProgress(count =>
                {
                    done[i] = count - range.First;
                    progress.Report(new RenderProgress(Math.Min(total - 1, done.Sum()), total));
                });
                return Task.Run(() => EncodeRangeAsync(show, segments[i], options, encoder, range.First, range.End, counter, cancellationToken), cancellationToken);
            })).ConfigureAwait(false);
            await JoinAsync(segments, output, cancellationToken).ConfigureAwait(false);
            progress?.Report(new RenderProgress(total, total));
        }
        finally
        {
            foreach (var f in segments)
                try { if (File.Exists(f)) File.Delete(f); } catch (IOException) { }
        }
    }

    private sealed class ChunkProgress(Action<int> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value.FramesDone);
    }
}
