using AnimPlatform.Core.Video;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// One chunk's frame progress as the job's progress: the chunk's frames done are saved on its row every half
/// second, and the job's percent is the sum over all chunks (the other workers' rows included) over all frames.
/// Every frame is passed on at once (so the watchdog sees a live render); the database only gets the latest.
/// </summary>
internal sealed class ChunkFrameProgress : IProgress<RenderProgress>, IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Guid _jobId;
    private readonly JobChunk _chunk;
    private readonly JobChunkStore _chunks;
    private readonly IProgress<JobProgress> _target;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly int _totalFrames;
    private int _mine;
    private int _others;

    public ChunkFrameProgress(Guid jobId, JobChunk chunk, int totalFrames, JobChunkStore chunks, IProgress<JobProgress> target, ILogger logger)
    {
        _jobId = jobId;
        _chunk = chunk;
        _chunks = chunks;
        _target = target;
        _logger = logger;
        _totalFrames = Math.Max(1, totalFrames);
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    public void Report(RenderProgress value)
    {
        // The encoder counts frames of the whole video: the range's first frame + frames done.
        var mine = Math.Clamp(value.FramesDone - _chunk.FirstFrame, 0, _chunk.FrameCount);
        Volatile.Write(ref _mine, mine);
        var percent = (int)Math.Min(98, 100L * (Volatile.Read(ref _others) + mine) / _totalFrames);
        _target.Report(new JobProgress(percent, mine < _chunk.FrameCount ? JobStages.RenderingFrames : JobStages.Encoding));
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        var written = -1;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stop);
                var mine = Volatile.Read(ref _mine);
                if (mine == written) continue;
                var all = await _chunks.ReportAsync(_jobId, _chunk.Index, mine, stop);
                Volatile.Write(ref _others, Math.Max(0, all - mine));
                written = mine;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Could not save the progress of chunk {Index} of job {JobId}", _chunk.Index, _jobId);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
