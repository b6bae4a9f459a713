using System.Diagnostics;

namespace AnimPlatform.Tests.Support;

/// <summary>The MD5 of every decoded frame of a video at 30 fps (ffmpeg framemd5): equal lists = the same pictures at every instant.</summary>
public static class FrameHashes
{
    public static List<string> Of(string mp4, int fps = 30)
    {
        var psi = new ProcessStartInfo("ffmpeg", $"-v error -i \"{mp4}\" -vf fps={fps} -f framemd5 -")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var lines = p.StandardOutput.ReadToEnd().Split('\n');
        p.WaitForExit();
        _ = stderr.Result;
        return lines.Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(',').Last().Trim()).ToList();
    }
}
