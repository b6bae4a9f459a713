using System.Diagnostics;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Where an encode's wall time goes, summed over its ranges (Stopwatch instrumentation; pass one in
/// <see cref="VideoOptions.Timings"/> to collect). Thread-safe: parallel chunks add to the same totals.
/// </summary>
public sealed class RenderTimings
{
    private long _draw, _convert, _pipeWrite, _ffmpegWait, _frames;

    public TimeSpan Draw => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _draw));
    public TimeSpan Conversion => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _convert));
    /// <summary>Time spent writing frames into ffmpeg's pipe (blocked while ffmpeg is busy encoding).</summary>
    public TimeSpan PipeWrite => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _pipeWrite));
    /// <summary>From the last frame written until ffmpeg finished the file.</summary>
    public TimeSpan FfmpegWait => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ffmpegWait));
    public long FramesWritten => Interlocked.Read(ref _frames);

    internal void AddDraw(long since) => Interlocked.Add(ref _draw, Stopwatch.GetTimestamp() - since);
    internal void AddConversion(long since) => Interlocked.Add(ref _convert, Stopwatch.GetTimestamp() - since);
    internal void AddPipeWrite(long since)
    {
        Interlocked.Add(ref _pipeWrite, Stopwatch.GetTimestamp() - since);
        Interlocked.Increment(ref _frames);
    }
    internal void AddFfmpegWait(long since) => Interlocked.Add(ref _ffmpegWait, Stopwatch.GetTimestamp() - since);
}
