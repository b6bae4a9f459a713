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
        var output = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temp = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileNameWithoutExtension(output).TrimStart('.')}.{Guid.NewGuid():N}.tmp.mp4");
        var stderr = new StderrTail();
        try
        {
            var result = await FFMpegArguments
                .FromFileInput(videoPath)
                .AddFileInput(audioPath)
                .OutputToFile(temp, overwrite: true, o => o
                    .WithCustomArgument(
                        "-map 0:v:0 -map 1:a:0 -c:v copy " +
                        $"-c:a aac -b:a 96k -ar {SampleRate} -ac 1 " +
                        $"-video_track_timescale {(fps * 1000).ToString(CultureInfo.InvariantCulture)}")
                    .WithFastStart())
                .NotifyOnStandardError(stderr.Add)
                .CancellableThrough(cancellationToken)
                .ProcessAsynchronously(throwOnError: false)
                .ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (!result.Success || !File.Exists(temp))
                throw new VideoEncodingException($"ffmpeg could not add the audio track: {stderr}");
            File.Move(temp, output, overwrite: true);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or FileNotFoundException && !File.Exists(temp))
        {
            throw new VideoEncodingException("ffmpeg was not found: install it (Debian: apt-get install -y ffmpeg) or put it on PATH", ex);
        }
        finally
        {
            try { if (File.Exists(temp)) File.Delete(temp); }
            catch (IOException) { }
        }
    }
}
