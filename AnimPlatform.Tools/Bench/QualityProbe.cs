using System.Globalization;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Processes;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tools.Bench;

/// <summary>Quality per byte: SSIM (ffmpeg's ssim filter) of an encode against a lossless (CRF 0) render, and its size.</summary>
public static partial class QualityProbe
{
    public sealed record Result(string Label, double Ssim, long Bytes);

    public static async Task<List<Result>> CompareAsync(CompiledShow show, VideoOptions baseline, IEnumerable<(string Label, VideoOptions Options)> variants,
        CancellationToken token)
    {
        var reference = Temp();
        var results = new List<Result>();
        try
        {
            await VideoEncoder.EncodeAsync(show, reference, baseline with { Crf = 0 }, cancellationToken: token);
            foreach (var (label, options) in variants)
            {
                var file = Temp();
                try
                {
                    await VideoEncoder.EncodeAsync(show, file, options, cancellationToken: token);
                    results.Add(new Result(label, await SsimAsync(file, reference, token), new FileInfo(file).Length));
                }
                finally { File.Delete(file); }
            }
        }
        finally { File.Delete(reference); }
        return results;
    }

    private static async Task<double> SsimAsync(string distorted, string reference, CancellationToken token)
    {
        var m = await ChildProcess.RunAsync(ToolPaths.Ffmpeg,
            ["-hide_banner", "-i", distorted, "-i", reference, "-lavfi", "[0:v][1:v]ssim", "-f", "null", "-"], token);
        var match = AllPattern().Match(m.Output);
        if (m.ExitCode != 0 || !match.Success) throw new InvalidOperationException($"ssim failed: {m.Output[^Math.Min(400, m.Output.Length)..]}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"animplatform-bench-q-{Guid.NewGuid():N}.mp4");

    [GeneratedRegex(@"All:([0-9.]+)")]
    private static partial Regex AllPattern();
}
