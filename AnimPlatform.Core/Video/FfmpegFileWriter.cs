using FFMpegCore;

namespace AnimPlatform.Core.Video;

/// <summary>
/// One ffmpeg run that produces a file, treated as unreliable: it writes a hidden temporary name beside the
/// output (".&lt;name&gt;.&lt;random&gt;.tmp.mp4"), keeps ffmpeg's last stderr lines for the error message, and moves
/// the file into place only on success — a cancelled or failed run leaves nothing behind.
/// </summary>
internal static class FfmpegFileWriter
{
    public static async Task WriteAsync(string outputPath, Func<string, FFMpegArgumentProcessor> arguments, string failure,
        CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(outputPath);
        var dir = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(dir);
        // A leading dot of the output's own name is not doubled (narrated renders encode to a hidden temp name first).
        var temp = Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(output).TrimStart('.')}.{Guid.NewGuid():N}.tmp.mp4");
        var stderr = new StderrTail();
        try
        {
            await FfmpegVersionCheck.WhenDoneAsync().ConfigureAwait(false); // usually started long before (see there)
            var result = await arguments(temp)
                .NotifyOnStandardError(stderr.Add)
                .CancellableThrough(cancellationToken)
                .ProcessAsynchronously(throwOnError: false)
                .ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (!result.Success || !File.Exists(temp))
            {
                var tail = stderr.ToString();
                throw new VideoEncodingException($"{failure}: {tail}", fault: VideoEncodingException.Classify(tail), exitCode: result.ExitCode);
            }
            File.Move(temp, output, overwrite: true);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or FileNotFoundException && !File.Exists(temp))
        {
            throw new VideoEncodingException("ffmpeg was not found: install it (Debian: apt-get install -y ffmpeg) or put it on PATH", ex, FfmpegFault.NotFound);
        }
        finally
        {
            try { if (File.Exists(temp)) File.Delete(temp); }
            catch (IOException) { /* best effort: a leftover temp name never shadows a real output */ }
        }
    }
}
