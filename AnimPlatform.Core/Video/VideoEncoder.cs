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
        if (!VideoOptions.Presets.Contains(options.Preset))
            throw new ArgumentException($"unknown preset \"{options.Preset}\"; use one of {string.Join(", ", VideoOptions.Presets)}");
        if (options.Fps is < 1 or > 120) throw new ArgumentException("fps must be between 1 and 120");
        if (options.Crf is < 0 or > 51) throw new ArgumentException("crf must be between 0 and 51");
        var encoder = EncoderSelector.Resolve(options.Encoder);

        using var source = new FrameSource(show, options.Fps, options.Width, options.Height);
        var pipe = new DistinctFramePipe(source, progress, everyFrame: options.ConstantFrameRate);
        // Timestamps come from the Matroska stream; vfr keeps them, cfr maps every frame to its tick.
        var timing = options.ConstantFrameRate
            ? $"-fps_mode cfr -r {options.Fps} -frames:v {source.FrameCount}"
            // No B-frames with variable frame rate: reordering moves decode times away from the sparse
            // presentation times and MP4 then records a track shorter than the video (players stop early).
            : $"-fps_mode vfr -video_track_timescale {options.Fps * 1000} -bf 0";
        await FfmpegFileWriter.WriteAsync(outputPath, temp => FFMpegArguments
            .FromPipeInput(pipe)
            .OutputToFile(temp, overwrite: true, o => o
                .WithVideoCodec(encoder)
                .WithCustomArgument(
                    $"{EncoderSelector.QualityArguments(encoder, options.Preset, options.Crf)} -pix_fmt yuv420p {timing} " +
                    // Keyframes every 2 s of video time, so players seek quickly even across long pauses.
                    "-force_key_frames expr:gte(t,n_forced*2) " +
                    "-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv")
                .WithFastStart()),
            "ffmpeg failed", cancellationToken).ConfigureAwait(false);
    }
}
