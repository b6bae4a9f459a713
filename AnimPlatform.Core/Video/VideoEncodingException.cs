namespace AnimPlatform.Core.Video;

/// <summary>What kind of failure an ffmpeg run ended in.</summary>
public enum FfmpegFault
{
    /// <summary>ffmpeg exited with an error of its own (or was killed).</summary>
    Failed,
    /// <summary>ffmpeg could not be started: it is not installed or not on PATH.</summary>
    NotFound,
    /// <summary>ffmpeg reported that the disk is full (ENOSPC / EDQUOT).</summary>
    DiskFull,
    /// <summary>ffmpeg could not write its output (read-only file system, permission denied).</summary>
    NotWritable,
}

/// <summary>ffmpeg could not be started or did not produce the video; the message says why, <see cref="Fault"/> what kind.</summary>
public sealed class VideoEncodingException(string message, Exception? inner = null, FfmpegFault fault = FfmpegFault.Failed, int? exitCode = null)
    : Exception(message, inner)
{
    public FfmpegFault Fault { get; } = inner is System.ComponentModel.Win32Exception or FileNotFoundException ? FfmpegFault.NotFound : fault;

    /// <summary>ffmpeg's exit code, when it ran.</summary>
    public int? ExitCode { get; } = exitCode;

    /// <summary>
    /// The kind of an ffmpeg failure from its own last words: ffmpeg reports the errno of a failed write
    /// as strerror text ("No space left on device"), the only place that kind is told.
    /// </summary>
    public static FfmpegFault Classify(string stderr) =>
        Has(stderr, "No space left on device", "Disk quota exceeded") ? FfmpegFault.DiskFull
        : Has(stderr, "Read-only file system", "Permission denied") ? FfmpegFault.NotWritable
        : FfmpegFault.Failed;

    private static bool Has(string text, params string[] needles) => needles.Any(n => text.Contains(n, StringComparison.Ordinal));
}
