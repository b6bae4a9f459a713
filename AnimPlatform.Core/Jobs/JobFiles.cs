using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Where a job's files live: output/&lt;id&gt;.mp4 and output/&lt;id&gt;.png, written through hidden temp
/// names ".&lt;id&gt;.&lt;random&gt;.tmp.*" beside them (the encoder's naming) and moved into place.
/// </summary>
public sealed class JobFiles(IOptions<JobsOptions> options) : IVideoStore
{
    public string OutputDir { get; } = Path.GetFullPath(options.Value.OutputDir);

    public string VideoPath(Guid id) => Path.Combine(OutputDir, $"{id:D}.mp4");

    public string PosterPath(Guid id) => Path.Combine(OutputDir, $"{id:D}.png");

    /// <summary>Sidecar subtitles (".srt" or ".vtt") written beside the video of a narrated job.</summary>
    public string SubtitlePath(Guid id, string extension) => Path.Combine(OutputDir, $"{id:D}{extension}");

    /// <summary>
    /// Bytes free for this process on the disk of the output folder (the nearest existing folder of it), or
    /// null when the file system does not say.
    /// </summary>
    public long? FreeBytes()
    {
        try
        {
            var dir = new DirectoryInfo(OutputDir);
            while (dir is { Exists: false }) dir = dir.Parent;
            return dir is null ? null : new DriveInfo(dir.FullName).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Hidden folder ".&lt;id&gt;.chunks" of a distributed render's chunk outputs.</summary>
    public string ChunkDir(Guid id) => Path.Combine(OutputDir, $".{id:D}.chunks");

    public string NewPosterTempPath(Guid id) => Path.Combine(OutputDir, $".{id:D}.{Guid.NewGuid():N}.tmp.png");

    /// <summary>
    /// Creates the output folder and writes (then deletes) a small probe file in it, so a full disk or a
    /// folder that is not writable shows before a render starts; throws the file system's error.
    /// The probe is named like a temp file of the job, so a crash leaves nothing that is not cleaned up.
    /// </summary>
    public void EnsureWritable(Guid? jobId = null)
    {
        Directory.CreateDirectory(OutputDir);
        var owner = jobId is { } id ? id.ToString("D") : "health";
        var probe = Path.Combine(OutputDir, $".{owner}.{Guid.NewGuid():N}.tmp.probe");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            stream.Write(new byte[4096]);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            TryDelete(probe);
        }
    }

    /// <summary>The job a file in the output folder belongs to, by its name; null for other files.</summary>
    public static Guid? OwnerOf(string path, out bool isTemp)
    {
        var name = Path.GetFileName(path);
        isTemp = name.StartsWith('.') && name.Contains(".tmp.", StringComparison.Ordinal);
        var idText = isTemp ? name[1..].Split('.')[0] : Path.GetFileNameWithoutExtension(name);
        return Guid.TryParseExact(idText, "D", out var id) ? id : null;
    }

    /// <summary>Deletes the video, the poster and any temp file of a job. Best effort: never throws.</summary>
    public void Delete(Guid id)
    {
        TryDelete(VideoPath(id));
        TryDelete(PosterPath(id));
        TryDelete(SubtitlePath(id, ".srt"));
        TryDelete(SubtitlePath(id, ".vtt"));
        if (!Directory.Exists(OutputDir)) return;
        try { if (Directory.Exists(ChunkDir(id))) Directory.Delete(ChunkDir(id), recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* retention sweeps again later */ }
        foreach (var temp in Directory.EnumerateFiles(OutputDir, $".{id:D}.*.tmp.*"))
            TryDelete(temp);
    }

    public static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // retention sweeps again later
        }
    }
}
