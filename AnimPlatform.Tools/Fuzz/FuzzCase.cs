using System.Diagnostics;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tools.Fuzz;

/// <summary>
/// Runs one input through everything a user can trigger — validate, duration, compile, frames, and (for
/// some cases) an MP4 at a tiny size — and reports how it ended. An exception is a failure, whatever it is.
/// </summary>
public static class FuzzCase
{
    public sealed record Outcome(bool Valid, int Errors, double Seconds, long AllocatedBytes, Exception? Failure);

    public static async Task<Outcome> RunAsync(string text, bool encode, CancellationToken token = default)
    {
        var watch = Stopwatch.StartNew();
        // Per-thread counter: the parsing, validation, compiling and drawing below run on this thread, and
        // other work in the process (parallel tests, the web app) must not count against this case.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long allocated = 0;
        try
        {
            var doc = ManifestPipeline.LoadText(text);
            _ = doc.Show.Duration;
            _ = doc.Show.FrameCount();
            if (doc.IsValid)
            {
                var show = ShowCompiler.Compile(doc.Show);
                using var frames = new FrameSource(show, 30, 64, 36);
                foreach (var f in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
                    frames.RenderAt(f * show.Duration, force: true);
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                // The encoder streams through a fixed pool of buffers, so its memory is bounded by design.
                if (encode && show.Duration < 120)
                {
                    var output = Path.Combine(Path.GetTempPath(), $"animplatform-fuzz-{Guid.NewGuid():N}.mp4");
                    try
                    {
                        await VideoEncoder.EncodeAsync(show, output, new VideoOptions { Width = 64, Height = 36, Preset = "ultrafast", Fps = 5 }, null, token);
                    }
                    finally
                    {
                        File.Delete(output);
                    }
                }
            }
            if (allocated == 0) allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            return new Outcome(doc.IsValid, doc.Errors.Count(), watch.Elapsed.TotalSeconds, allocated, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Outcome(false, 0, watch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, ex);
        }
    }
}
