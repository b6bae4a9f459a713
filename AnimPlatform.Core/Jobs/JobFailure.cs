using System.ComponentModel;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Core.Jobs;

public enum JobFailureKind
{
    /// <summary>The manifest or another problem of the job itself.</summary>
    Job,
    FfmpegMissing,
    FfmpegCrashed,
    DiskFull,
    OutputNotWritable,
    DatabaseLocked,
    /// <summary>No progress for too long: ffmpeg hung (stopped reading frames without exiting).</summary>
    Stalled,
    /// <summary>Ran longer than the maximum render time.</summary>
    TimedOut,
    /// <summary>Started too many times: the process died under it each time.</summary>
    Interrupted,
    Unexpected,
}

/// <summary>
/// Why a render failed, as a message that says what to do: the operator reads it on the job, not in a log.
/// Recognises the faults of the machine (ffmpeg missing or crashing, disk full, output folder not
/// writable, database locked) from the exception and from ffmpeg's own last words.
/// </summary>
public sealed record JobFailure(JobFailureKind Kind, string Message)
{
    public const string InstallFfmpeg = "install ffmpeg: apt-get install -y ffmpeg";
    private const string Rerender = "then re-render this job";

    public static JobFailure FfmpegMissing() => new(JobFailureKind.FfmpegMissing,
        $"ffmpeg was not found, so the video could not be encoded. To fix: {InstallFfmpeg} (or put ffmpeg on the server's PATH), {Rerender}.");

    public static JobFailure FfmpegCrashed(string detail) => new(JobFailureKind.FfmpegCrashed,
        $"ffmpeg stopped with an error while encoding ({Shorten(detail)}). To fix: check that `ffmpeg -version` runs on the server "
        + $"(if it crashes, reinstall it: apt-get install --reinstall -y ffmpeg), {Rerender}.");

    public static JobFailure DiskFull(string outputDir) => new(JobFailureKind.DiskFull,
        $"the disk of the output folder {outputDir} is full. To fix: free space on it (delete old jobs, or lower VIDEO_RETENTION_DAYS) "
        + $"or set OUTPUT_DIR to a folder on a larger disk, {Rerender}.");

    public static JobFailure OutputNotWritable(string outputDir, string reason) => new(JobFailureKind.OutputNotWritable,
        $"the output folder {outputDir} is not writable ({Shorten(reason)}). To fix: make it writable for the user running "
        + $"AnimPlatform, or set OUTPUT_DIR to a writable folder, {Rerender}.");

    public static JobFailure DatabaseLocked(string databasePath, TimeSpan waited) => new(JobFailureKind.DatabaseLocked,
        $"the job database {databasePath} stayed locked by another program for {waited.TotalSeconds:0} s, so the finished video "
        + $"could not be recorded. To fix: close the program holding the file (an open sqlite3 shell, a backup or sync tool), {Rerender}.");

    public static JobFailure Stalled(TimeSpan timeout) => new(JobFailureKind.Stalled,
        $"the render made no progress for {timeout.TotalSeconds:0} s (ffmpeg, or the speech service of a narrated job, stopped responding), "
        + $"so it was stopped. To fix: check that `ffmpeg -version` runs on the server and that the machine is not overloaded "
        + $"(or raise RENDER_STALL_TIMEOUT_SECONDS), {Rerender}.");

    public static JobFailure TimedOut(TimeSpan limit) => new(JobFailureKind.TimedOut,
        $"the render took longer than the maximum render time of {limit.TotalMinutes:0.#} min, so it was stopped. To fix: make the video "
        + "shorter, smaller (width/height) or simpler (fewer objects), or raise MAX_RENDER_MINUTES, " + Rerender + ".");

    public static JobFailure Interrupted(int attempts) => new(JobFailureKind.Interrupted,
        $"the render was started {attempts} times and each time the server stopped or crashed before it finished, so it is not tried again. "
        + "To fix: check the server's log and memory for this job (a very large or long video), " + Rerender + ".");

    // errno values (Linux) carried in IOException.HResult on Unix; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private const int Enospc = 28, Edquot = 122, Erofs = 30, Epipe = 32;
    private const int WindowsDiskFull = 112, WindowsHandleDiskFull = 39;

    /// <summary>
    /// The failure an exception thrown by a render stands for, read from typed causes — the exception's type,
    /// an I/O error's code, ffmpeg's fault kind and exit — never from the wording of a message.
    /// </summary>
    public static JobFailure From(Exception exception, string outputDir, string databasePath, TimeSpan databaseWait)
    {
        if (JobDatabase.IsBusy(exception)) return DatabaseLocked(databasePath, databaseWait);
        // The job's own problem (its manifest): its message may quote anything, so it is never read as a machine fault.
        if (exception is JobRenderException) return new JobFailure(JobFailureKind.Job, exception.Message);

        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case VideoEncodingException { Fault: FfmpegFault.NotFound }:
                case Win32Exception:
                    return FfmpegMissing();
                case VideoEncodingException { Fault: FfmpegFault.DiskFull }:
                    return DiskFull(outputDir);
                case VideoEncodingException { Fault: FfmpegFault.NotWritable } v:
                    return OutputNotWritable(outputDir, v.Message);
                case IOException io when ErrorCode(io) is Enospc or Edquot or WindowsDiskFull or WindowsHandleDiskFull:
                    return DiskFull(outputDir);
                case IOException io when ErrorCode(io) is Erofs:
                    return OutputNotWritable(outputDir, Reason(io));
                case UnauthorizedAccessException denied:
                    return OutputNotWritable(outputDir, Reason(denied));
                case DirectoryNotFoundException missing:
                    return OutputNotWritable(outputDir, Reason(missing));
            }
        }

        foreach (var e in Chain(exception))
        {
            switch (e)
            {
                case VideoEncodingException v:
                    return FfmpegCrashed(v.Message.StartsWith("ffmpeg failed: ", StringComparison.Ordinal) ? v.Message["ffmpeg failed: ".Length..] : v.Message);
                // Writing frames into a pipe whose reader died: ffmpeg crashed or was killed mid-render.
                case IOException io when ErrorCode(io) is Epipe:
                    return FfmpegCrashed(io.Message);
            }
        }
        return new JobFailure(JobFailureKind.Unexpected, $"unexpected error: {exception.Message}");
    }

    /// <summary>The exception's message with the system's own words (an inner exception's errno text) after it.</summary>
    private static string Reason(Exception exception) =>
        string.Join(": ", Chain(exception).Select(e => e.Message).Where(m => m.Length > 0).Distinct());

    private static int ErrorCode(IOException io) => io.HResult & 0xFFFF;

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.Flatten().InnerExceptions) yield return inner;
        }
    }

    private static string Shorten(string text, int max = 400) => text.Length <= max ? text : text[..max] + "…";
}
