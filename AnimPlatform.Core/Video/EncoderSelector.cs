using System.Collections.Concurrent;
using AnimPlatform.Core.Processes;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Picks the H.264 encoder: a hardware one (NVENC, Quick Sync, VAAPI) when ffmpeg lists it AND a one-frame
/// probe encode succeeds on this machine, otherwise libx264. Listing alone proves nothing: Debian's ffmpeg
/// lists NVENC on machines without a GPU.
/// </summary>
public static class EncoderSelector
{
    public const string Software = "libx264";
    private static readonly string[] Hardware = ["h264_nvenc", "h264_qsv", "h264_vaapi"];
    private static readonly ConcurrentDictionary<string, Lazy<Task<bool>>> Probed = new();

    /// <summary>"auto" → the first working hardware encoder, else libx264; any other name is used as given.</summary>
    public static async Task<string> ResolveAsync(string requested, CancellationToken cancellationToken)
    {
        if (requested != "auto") return requested;
        var listed = await ListedEncodersAsync(cancellationToken).ConfigureAwait(false);
        foreach (var encoder in Hardware.Where(listed.Contains))
            if (await Probed.GetOrAdd(encoder, e => new Lazy<Task<bool>>(() => ProbeAsync(e))).Value.ConfigureAwait(false))
                return encoder;
        return Software;
    }

    /// <summary>Encoder-specific quality arguments (x264 presets/CRF have no exact hardware equivalent).</summary>
    public static string QualityArguments(string encoder, string preset, int crf) => encoder switch
    {
        Software => $"-preset {preset} -crf {crf}",
        "h264_nvenc" => $"-preset p4 -cq {crf}",
        "h264_qsv" => $"-global_quality {crf}",
        _ => $"-qp {crf}",
    };

    private static async Task<HashSet<string>> ListedEncodersAsync(CancellationToken cancellationToken)
    {
        var (code, output) = await RunFfmpegAsync(["-hide_banner", "-encoders"], cancellationToken).ConfigureAwait(false);
        if (code != 0) return [];
        return output.Split('\n').Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 1).Select(p => p[1]).ToHashSet();
    }

    /// <summary>A one-frame encode; cached for the process, so it runs without the caller's cancellation.</summary>
    private static async Task<bool> ProbeAsync(string encoder)
    {
        string[] init = encoder == "h264_vaapi" ? ["-vaapi_device", "/dev/dri/renderD128", "-vf", "format=nv12,hwupload"] : [];
        var (code, _) = await RunFfmpegAsync(
            ["-hide_banner", "-v", "error", "-f", "lavfi", "-i", "color=black:s=256x144:d=0.1", .. init, "-frames:v", "1", "-c:v", encoder, "-f", "null", "-"],
            CancellationToken.None).ConfigureAwait(false);
        return code == 0;
    }

    private static async Task<(int Code, string Output)> RunFfmpegAsync(string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            var result = await ToolRunner.Shared.RunAsync(ToolPaths.Ffmpeg, arguments, ToolRunKind.Probe, cancellationToken).ConfigureAwait(false);
            return (result.ExitCode, result.StandardOutput + result.StandardError);
        }
        catch (Exception ex) when (ex is ToolMissingException or TimeoutException)
        {
            return (-1, "");
        }
    }
}
