namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Where a job's outputs are kept: its video, poster and subtitle files, written complete (temp name + atomic
/// move) and deleted together. <see cref="JobFiles"/> is the local (or network-mounted) folder; an object store
/// would be another implementation.
/// </summary>
public interface IVideoStore
{
    /// <summary>The folder (for messages and the failure classifier).</summary>
    string OutputDir { get; }
    string VideoPath(Guid id);
    string PosterPath(Guid id);
    string SubtitlePath(Guid id, string extension);
    string NewPosterTempPath(Guid id);
    /// <summary>Folder of the chunk outputs of a distributed render (removed with the job's files).</summary>
    string ChunkDir(Guid id);
    long? FreeBytes();
    void EnsureWritable(Guid? jobId = null);
    /// <summary>Deletes every file of the job (temp and chunk files included). Never throws.</summary>
    void Delete(Guid id);
}
