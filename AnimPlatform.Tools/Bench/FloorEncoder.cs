using AnimPlatform.Core.Processes;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// The encoder's floor: the same distinct frames the renderer sends (I420, same timestamps) written once to
/// a raw Matroska file, then ffmpeg alone encoding that file with the renderer's own output arguments.
/// A render cannot be faster than this; the bench reports render wall time divided by it.
/// </summary>
public static class FloorEncoder
{
    /// <summary>ffmpeg's wall time and CPU seconds (user + system) encoding the raw file.</summary>
    public static async Task<(double Seconds, double CpuSeconds)> EncodeAsync(CompiledShow show, VideoOptions options, CancellationToken token = default)
    {
        var raw = Path.Combine(Path.GetTempPath(), $"animplatform-floor-{Guid.NewGuid():N}.mkv");
        var output = Path.ChangeExtension(raw, ".mp4");
        try
        {
            using var source = new FrameSource(show, options.Fps, options.Width, options.Height);
            var buffer = new byte[Yuv420Converter.BufferSize(source.Width, source.Height)];
            await using (var file = File.Create(raw))
            {
                var writer = new MatroskaRawWriter(file, source.Width, source.Height, options.Fps);
                await writer.WriteHeaderAsync(token);
                var last = source.FrameCount - 1;
                for (var k = 0; k <= last; k++)
                {
                    if (!source.Render(k) && k != 0 && k != last) continue;
                    Yuv420Converter.Convert(source.Bitmap.GetPixelSpan(), source.Width, source.Height, buffer);
                    await writer.WriteFrameAsync(k, buffer, token);
                }
            }
            var args = $"-v error -y -f matroska -i {raw} -c:v {EncoderSelector.Software} " +
                       $"{VideoEncoder.OutputArguments(options, EncoderSelector.Software, source.FrameCount)} -movflags +faststart {output}";
            var m = await ChildProcess.RunAsync(ToolPaths.Ffmpeg, args.Split(' ', StringSplitOptions.RemoveEmptyEntries), token);
            if (m.ExitCode != 0) throw new InvalidOperationException($"floor ffmpeg failed: {m.Output}");
            return (m.Seconds, m.CpuSeconds);
        }
        finally
        {
            File.Delete(raw);
            File.Delete(output);
        }
    }
}
