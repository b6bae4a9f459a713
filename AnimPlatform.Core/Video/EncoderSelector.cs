using System.Collections.Concurrent;
using System.Diagnostics;

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
    private static readonly ConcurrentDictionary<string, bool> Probed = new();

    /// <summary>"auto" → the first working hardware encoder, else libx264; any other name is used as given.</summary>
    public static string Resolve(string requested)
    {
        if (requested != "auto") return requested;
        var listed = ListedEncoders();
        return Hardware.FirstOrDefault(e => listed.Contains(e) && Probed.GetOrAdd(e, Probe)) ?? Software;
    }

    /// <summary>Encoder-specific quality arguments (x264 presets/CRF have no exact hardware equivalent).</summary>
    public static string QualityArguments(string encoder, string preset, int crf) => encoder switch
    {
        Software => $"-preset {preset} -crf {crf}",
        "h264_nvenc" => $"-preset p4 -cq {crf}",
        "h264_qsv" => $"-global_quality {crf}",
        _ => $"-qp {crf}",
    };

    private static HashSet<string> ListedEncoders()
    {
        var (code, output) = RunFfmpeg("-hide_banner -encoders");
        if (code != 0) return [];
        return output.Split('\n').Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 1).Select(p => p[1]).ToHashSet();
    }

    private static bool Probe(string encoder)
    {
        var init = encoder == "h264_vaapi" ? "-vaapi_device /dev/dri/renderD128 -vf format=nv12,hwupload " : "";
        var (code, _) = RunFfmpeg($"-hide_banner -v error -f lavfi -i color=black:s=256x144:d=0.1 {init}-frames:v 1 -c:v {encoder} -f null -");
        return code == 0;
    }

    private static (int Code, string Output) RunFfmpeg(string arguments)
    {
        try
        {
            var psi = new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(15_000))
            {
                p.Kill(entireProcessTree: true);
                return (-1, "");
            }
            return (p.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}
