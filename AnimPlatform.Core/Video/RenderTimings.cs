using System.Diagnostics;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Where an encode's wall time goes, summed over its ranges (Stopwatch instrumentation; pass one in
/// <see cref="VideoOptions.Timings"/> to collect). Thread-safe: parallel chunks add to the same totals.
/// </summary>
public sealed class RenderTimings
{
    private long _draw, _convert, _pipeWrite, _ffmpegWait, _frames, _starved, _bufferWait;

    public TimeSpan Draw => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _draw));
    public TimeSpan Conversion => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _convert));
    /// <summary>Time spent writing frames into ffmpeg's pipe (blocked while ffmpeg is busy encoding).</summary>
    public TimeSpan PipeWrite => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _pipeWrite));
    /// <summary>From the last frame written until ffmpeg finished the file.</summary>
    public TimeSpan FfmpegWait => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ffmpegWait));
    /// <summary>
    /// After the first frame went into the pipe, time the writer waited for the next converted frame: ffmpeg had
    /// nothing queued from us then (it may still have been encoding frames it already read).
    /// </summary>
    public TimeSpan Starved => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _starved));
    /// <summary>Time the drawing task waited for a free frame buffer (every buffer queued for, or in, the pipe).</summary>
    public TimeSpan BufferWait => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _bufferWait));
    public long FramesWritten => Interlocked.Read(ref _frames);

    internal void AddDraw(long since) => Interlocked.Add(ref _draw, Stopwatch.GetTimestamp() - since);
    internal void AddConversion(long since) => Interlocked.Add(ref _convert, Stopwatch.GetTimestamp() - since);
    internal void AddPipeWrite(long since)
    {
        Interlocked.Add(ref _pipeWrite, Stopwatch.GetTimestamp() - since);
        Interlocked.Increment(ref _frames);
    }
    internal void AddStarved(long since) => Interlocked.Add(ref _starved, Stopwatch.GetTimestamp() - since);
    internal void AddBufferWait(long since) => Interlocked.Add(ref _bufferWait, Stopwatch.GetTimestamp() - since);
    internal void AddFfmpegWait(long since) => Interlocked.Add(ref _ffmpegWait, Stopwatch.GetTimestamp() - since);
}
