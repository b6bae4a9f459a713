using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Narration;

/// <summary>Per-stream facts from ffprobe, and the decoded audio of a file (ffmpeg), for alignment checks.</summary>
public static class MediaProbe
{
    public sealed record Stream(string Type, string Codec, double Duration);

    public static IReadOnlyList<Stream> Streams(string path)
    {
        var json = Run("ffprobe", "-v", "error", "-show_streams", "-of", "json", path);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("streams").EnumerateArray().Select(s => new Stream(
            s.GetProperty("codec_type").GetString()!,
            s.GetProperty("codec_name").GetString()!,
            double.Parse(s.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture))).ToList();
    }

    public static PcmAudio DecodeAudio(string path)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"animplatform-test-{Guid.NewGuid():N}.wav");
        try
        {
            Run("ffmpeg", "-v", "error", "-y", "-i", path, "-vn", "-ac", "1", "-ar", "22050", "-c:a", "pcm_s16le", wav);
            return WavFile.Read(wav);
        }
        finally
        {
            File.Delete(wav);
        }
    }

    private static string Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool} failed: {stderr}");
        return stdout.Result;
    }
}
