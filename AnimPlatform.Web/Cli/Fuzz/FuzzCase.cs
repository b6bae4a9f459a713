using System.Diagnostics;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Web.Cli.Fuzz;

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
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
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
            return new Outcome(doc.IsValid, doc.Errors.Count(), watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(false) - allocatedBefore, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Outcome(false, 0, watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(false) - allocatedBefore, ex);
        }
    }
}
