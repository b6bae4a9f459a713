using AnimPlatform.Core.Rendering;
using System.Diagnostics;
using System.Threading.Channels;
using FFMpegCore.Pipes;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Feeds ffmpeg a Matroska stream of only the frames that differ from the one before (plus the last
/// frame, which fixes the video's end) — or of every frame for constant frame rate. Colour conversion touches only
/// the row bands that changed (<see cref="BandedYuv420Converter"/>), so an unchanged frame costs no conversion. Drawing and colour conversion run on one task while another
/// writes to the pipe, through a small pool of reusable buffers: memory stays flat whatever the length.
/// </summary>
internal sealed class DistinctFramePipe(FrameSource source, IProgress<RenderProgress>? progress, bool everyFrame, int first = 0, int end = -1,
    RenderTimings? timings = null) : IPipeSource, IAsyncDisposable
{
    private const int PoolSize = 3;

    private readonly Channel<byte[]> _free = Channel.CreateBounded<byte[]>(PoolSize);
    private readonly Channel<(int Frame, byte[] Buffer)> _ready = Channel.CreateBounded<(int Frame, byte[] Buffer)>(PoolSize);
    private readonly CancellationTokenSource _stop = new();
    private Task? _producer;

    public int DistinctFrames { get; private set; }

    /// <summary>Stopwatch timestamp when the last frame went into the pipe (0 until then).</summary>
    public long FinishedAt { get; private set; }

    public string GetStreamArguments() => "-f matroska";

    /// <summary>
    /// Starts drawing and converting the first frames (up to the pool's size) before ffmpeg has started and connected,
    /// so its start-up overlaps with the first frames' (JIT, fonts). Called at most once; <see cref="WriteAsync"/> starts
    /// the producer itself when nobody did. <see cref="DisposeAsync"/> stops it if ffmpeg never connects.
    /// </summary>
    public void Start(CancellationToken token)
    {
        if (_producer is not null) return;
        var size = Yuv420Converter.BufferSize(source.Width, source.Height);
        for (var i = 0; i < PoolSize; i++) _free.Writer.TryWrite(new byte[size]);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(token, _stop.Token);
        _producer = Task.Run(async () =>
        {
            using (linked) await ProduceAsync(_free.Reader, _ready.Writer, linked.Token).ConfigureAwait(false);
        }, CancellationToken.None);
    }

    public async Task WriteAsync(Stream pipe, CancellationToken token)
    {
        Start(token);
        var producer = _producer!;
        var free = _free;
        var ready = _ready;
        await using var stopOnCancel = token.Register(() => _stop.Cancel()).ConfigureAwait(false);
        try
        {
            PipeSendBuffer.Enlarge(pipe, Yuv420Converter.BufferSize(source.Width, source.Height));
            var writer = new MatroskaRawWriter(pipe, source.Width, source.Height, source.Fps);
            await writer.WriteHeaderAsync(token).ConfigureAwait(false);
            var started = false;
            while (true)
            {
                if (!ready.Reader.TryRead(out var item))
                {
                    var waiting = Stopwatch.GetTimestamp();
                    if (!await ready.Reader.WaitToReadAsync(token).ConfigureAwait(false)) break;
                    if (started) timings?.AddStarved(waiting);
                    if (!ready.Reader.TryRead(out item)) continue;
                }
                started = true;
                var (frame, buffer) = item;
                // A range (chunk) is its own stream starting at 0; the concat demuxer puts it back in place.
                var writing = Stopwatch.GetTimestamp();
                await writer.WriteFrameAsync(frame - first, buffer, token).ConfigureAwait(false);
                timings?.AddPipeWrite(writing);
                free.Writer.TryWrite(buffer);
                progress?.Report(new RenderProgress(frame + 1, source.FrameCount));
            }
            await producer.ConfigureAwait(false);
            FinishedAt = Stopwatch.GetTimestamp();
        }
        catch
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            try { await producer.ConfigureAwait(false); } catch (OperationCanceledException) { }
            throw;
        }
    }

    /// <summary>Stops a producer that is still running (ffmpeg failed or never connected) and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_producer is { IsCompleted: false } producer)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            try { await producer.ConfigureAwait(false); }
            catch (Exception) { /* its failure is reported by the encode (or it was cancelled); the frame source outlives it */ }
        }
        _stop.Dispose();
    }

    private async Task ProduceAsync(ChannelReader<byte[]> free, ChannelWriter<(int, byte[])> ready, CancellationToken token)
    {
        try
        {
            var last = (end < 0 ? source.FrameCount : end) - 1;
            var converter = new BandedYuv420Converter(source.Width, source.Height);
            var garbage = new GarbageBudget();
            for (var k = first; k <= last; k++)
            {
                token.ThrowIfCancellationRequested();
                garbage.Check();
                var drawing = Stopwatch.GetTimestamp();
                var changed = source.Render(k) || k == first;
                timings?.AddDraw(drawing);
                if (!changed && !everyFrame && k != last) continue;
                if (!free.TryRead(out var buffer))
                {
                    var waiting = Stopwatch.GetTimestamp();
                    buffer = await free.ReadAsync(token).ConfigureAwait(false);
                    timings?.AddBufferWait(waiting);
                }
                var converting = Stopwatch.GetTimestamp();
                // Only the row bands that changed since this buffer last held a frame are converted (same bytes as whole).
                // Bands outside the rows the frame source says may have changed are not even compared.
                if (changed) converter.Convert(source.Bitmap.GetPixelSpan(), buffer, k == first ? null : source.ChangedRows);
                else converter.Repeat(buffer); // only this task writes buffers
                timings?.AddConversion(converting);
                if (changed) DistinctFrames++;
                await ready.WriteAsync((k, buffer), token).ConfigureAwait(false);
            }
            ready.Complete();
        }
        catch (Exception ex)
        {
            ready.Complete(ex);
            throw;
        }
    }
}
