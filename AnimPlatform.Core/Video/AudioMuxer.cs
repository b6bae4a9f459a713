using System.Globalization;
using FFMpegCore;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Adds an audio track to an encoded video in a second, fast ffmpeg pass: the H.264 stream is copied
/// untouched (same frames, same timestamps), the audio is encoded as AAC, +faststart kept. Writes a
/// temporary file beside the output and moves it into place only on success.
/// </summary>
public static class AudioMuxer
{
    public const int SampleRate = 48000;

    public static async Task MuxAsync(string videoPath, string audioPath, string outputPath, int fps, CancellationToken cancellationToken = default)
    {
        await FfmpegFileWriter.WriteAsync(outputPath, temp => FFMpegArguments
            .FromFileInput(videoPath)
            .AddFileInput(audioPath)
            .OutputToFile(temp, overwrite: true, o => o
                .WithCustomArgument(
                    "-map 0:v:0 -map 1:a:0 -c:v copy " +
                    $"-c:a aac -b:a 96k -ar {SampleRate} -ac 1 " +
                    $"-video_track_timescale {(fps * 1000).ToString(CultureInfo.InvariantCulture)}")
                .WithFastStart()),
            "ffmpeg could not add the audio track", cancellationToken).ConfigureAwait(false);
    }
}
