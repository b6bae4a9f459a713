using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AnimPlatform.Tests.Support;

/// <summary>What ffprobe says of a video file (real ffprobe, so tests check the file a player would see).</summary>
public sealed record FfprobeInfo(int Width, int Height, double FrameRate, double Duration, string Codec, string PixelFormat, int Frames, bool HasAudio, double VideoDuration = 0)
{
    public static FfprobeInfo Read(string path)
    {
        var psi = new ProcessStartInfo("ffprobe", $"-v error -count_frames -show_streams -show_format -of json \"{path}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var json = p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"ffprobe failed: {err}");
        Assert.True(string.IsNullOrWhiteSpace(err), $"ffprobe complained: {err}");
        using var doc = JsonDocument.Parse(json);
        var streams = doc.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var video = streams.First(s => s.GetProperty("codec_type").GetString() == "video");
        var rate = video.GetProperty("r_frame_rate").GetString()!.Split('/');
        return new FfprobeInfo(
            video.GetProperty("width").GetInt32(),
            video.GetProperty("height").GetInt32(),
            double.Parse(rate[0], CultureInfo.InvariantCulture) / double.Parse(rate[1], CultureInfo.InvariantCulture),
            double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture),
            video.GetProperty("codec_name").GetString()!,
            video.GetProperty("pix_fmt").GetString()!,
            int.Parse(video.GetProperty("nb_read_frames").GetString()!, CultureInfo.InvariantCulture),
            streams.Any(s => s.GetProperty("codec_type").GetString() == "audio"),
            // The video track's own length: what players show as the duration and where they stop.
            video.TryGetProperty("duration", out var d) ? double.Parse(d.GetString()!, CultureInfo.InvariantCulture) : 0);
    }
}
