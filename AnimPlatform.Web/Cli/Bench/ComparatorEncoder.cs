using System.Diagnostics;

namespace AnimPlatform.Web.Cli.Bench;

/// <summary>
/// The stand-in for the original tool: ffmpeg alone encoding N identical BGRA frames piped in, with the
/// same preset. The original's speed was set by exactly this, so it is the bar to beat.
/// </summary>
public static class ComparatorEncoder
{
    public static async Task<double> EncodeSecondsAsync(int width, int height, int frames, int fps, string preset, CancellationToken token = default)
    {
        var output = Path.Combine(Path.GetTempPath(), $"animplatform-bench-{Guid.NewGuid():N}.mp4");
        var psi = new ProcessStartInfo("ffmpeg",
            $"-v error -y -f rawvideo -pix_fmt bgra -s {width}x{height} -r {fps} -i - -c:v libx264 -preset {preset} -pix_fmt yuv420p \"{output}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        var frame = new byte[width * height * 4];
        for (var i = 0; i < frame.Length; i += 4)
        {
            frame[i] = 0x2e; frame[i + 1] = 0x1a; frame[i + 2] = 0x1a; frame[i + 3] = 0xff;
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var errors = process.StandardError.ReadToEndAsync(token);
        await using (var stdin = process.StandardInput.BaseStream)
            for (var k = 0; k < frames; k++) await stdin.WriteAsync(frame, token);
        await process.WaitForExitAsync(token);
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(output);
        if (process.ExitCode != 0) throw new InvalidOperationException($"comparator ffmpeg failed: {await errors}");
        return seconds;
    }
}
