using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tools;
using SkiaSharp;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// `bench`: speed and memory figures for one manifest (default: the BFS example) at 1080p30 and 720p30 —
/// draw-only speed, distinct frames, end-to-end render vs the ffmpeg-alone comparator, peak memory (also
/// with the timeline repeated 4×), preview latency, and a 4-scene show with transitions.
/// </summary>
public static class BenchCommand
{
    /// <summary>
    /// What to measure: the manifest, an optional show, the x264 preset, JSON or text, 1080p only, soak renders; Ratio &gt; 0 measures
    /// only the 1080p floor, render and breakdown that many times and reports their medians.
    /// </summary>
    public sealed record Settings(string File, string? Show = null, string Preset = "veryfast", bool Json = false, bool Quick = false, int Soak = 200,
        int Ratio = 0);

    public static async Task<int> RunAsync(Settings settings, TextWriter output, CancellationToken token)
    {
        var file = Path.GetFullPath(settings.File);
        var show = settings.Show is { } s ? Path.GetFullPath(s) : null;
        var preset = settings.Preset;
        var json = settings.Json;
        var report = new JsonObject { ["file"] = file, ["preset"] = preset, ["cores"] = Environment.ProcessorCount };
        var doc = ManifestPipeline.LoadFile(file);
        if (!doc.IsValid) throw new ToolUsageException($"{file} is not valid: {doc.Errors.First()}");

        void Say(string line)
        {
            if (!json) output.WriteLine(line);
        }

        if (settings.Ratio > 0)
        {
            report["ratio"] = await RatioRuns.MeasureAsync(settings.Ratio, () => MeasureSizeAsync(file, doc, 1920, 1080, preset, Say, token), Say);
            if (json) output.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        var sizes = new JsonArray();
        foreach (var (w, h) in settings.Quick ? new[] { (1920, 1080) } : new[] { (1920, 1080), (1280, 720) })
        {
            var r = await MeasureSizeAsync(file, doc, w, h, preset, Say, token);
            sizes.Add(r);
        }
        report["sizes"] = sizes;
        report["preview1080"] = MeasurePreview(doc, Say);
        report["memory"] = await MeasureLengthScalingAsync(file, preset, Say, token);
        report["extras"] = await MeasureExtrasAsync(file, doc, preset, settings.Soak, Say, token);
        if (show is not null)
        {
            var m = await ChildProcess.RunSelfAsync(["render", show, "-o", TempMp4(), "--preset", preset], token);
            Check(m, "show render");
            Say($"4-scene show with transitions ({Path.GetFileName(show)}): {m.Seconds:0.00} s wall, peak RSS {Mb(m.PeakRssBytes)}");
            report["show"] = new JsonObject { ["file"] = show, ["seconds"] = Round(m.Seconds), ["peakRssMb"] = Round(m.PeakRssBytes / 1048576.0) };
        }
        if (json) output.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    private static async Task<JsonObject> MeasureSizeAsync(string file, PreparedDocument doc, int w, int h, string preset, Action<string> say, CancellationToken token)
    {
        var compiled = ShowCompiler.Compile(doc.Show);
        var total = compiled.FrameCount(30);
        using var source = new FrameSource(compiled, 30, w, h);
        var watch = Stopwatch.StartNew();
        for (var k = 0; k < total; k++) source.RenderAt(k / 30.0, force: true);
        var drawFps = total / watch.Elapsed.TotalSeconds;

        using var counter = new FrameSource(compiled, 30, w, h);
        var distinct = 0;
        var hinted = 0; // distinct frames whose changed rows were known (so the conversion compared only those bands)
        for (var k = 0; k < total; k++)
        {
            if (!counter.Render(k)) continue;
            distinct++;
            if (k > 0 && counter.ChangedRows is not null) hinted++;
        }

        var render = await ChildProcess.RunSelfAsync(["render", file, "-o", TempMp4(), "--width", $"{w}", "--height", $"{h}", "--preset", preset], token);
        Check(render, "render");
        var options = new VideoOptions { Preset = preset, Width = w, Height = h };
        // Side by side in this run: ffmpeg alone on the same distinct frames, then the in-process breakdown.
        var (floor, floorCpu) = await FloorEncoder.EncodeAsync(compiled, options, token);
        var timings = new RenderTimings();
        var inProcess = Stopwatch.StartNew();
        var compileWatch = Stopwatch.StartNew();
        var recompiled = ShowCompiler.Compile(ManifestPipeline.LoadFile(file).Show);
        var compileSeconds = compileWatch.Elapsed.TotalSeconds;
        var mp4 = TempMp4();
        await VideoEncoder.EncodeAsync(recompiled, mp4, options with { Timings = timings }, cancellationToken: token);
        File.Delete(mp4);
        var inProcessSeconds = inProcess.Elapsed.TotalSeconds;
        var startup = Math.Max(0, render.Seconds - inProcessSeconds);
        var ratio = render.Seconds / floor;
        var cpuRatio = floorCpu > 0 ? render.CpuSeconds / floorCpu : 0;
        // This machine's factor for the cost estimate at submission (RENDER_COST_US): measured render time per unit of
        // frames x megapixels x (1 + objects/50), the same formula the estimate uses.
        var units = AnimPlatform.Core.Jobs.RenderCostEstimate.For(doc.Show, new AnimPlatform.Core.Jobs.RenderSettings(w, h, 30), 1.0).Time.TotalSeconds;
        var costMicroseconds = units > 0 ? inProcessSeconds / units * 1_000_000 : 0;
        say($"{w}x{h}@30: draw-only {drawFps:0} frames/s; distinct frames {distinct}/{total}; " +
            $"changed rows known for {hinted}; render {render.Seconds:0.00} s, peak RSS {Mb(render.PeakRssBytes)}; " +
            $"ffmpeg-alone floor (same {distinct} I420 frames, same arguments) {floor:0.00} s; ratio {ratio:0.00}x (load {Load()})");
        say($"  CPU (user + system, ffmpeg included): render {render.CpuSeconds:0.00} s, floor {floorCpu:0.00} s; CPU ratio {cpuRatio:0.00}x");
        say($"  breakdown: start-up {startup:0.00} s, compile {compileSeconds:0.00} s, draw {timings.Draw.TotalSeconds:0.00} s, " +
            $"conversion {timings.Conversion.TotalSeconds:0.00} s, pipe write {timings.PipeWrite.TotalSeconds:0.00} s, " +
            $"ffmpeg wait {timings.FfmpegWait.TotalSeconds:0.00} s (in-process render {inProcessSeconds:0.00} s)");
        say($"  pipe starved {timings.Starved.TotalSeconds:0.00} s (writer waiting for a converted frame after the first), " +
            $"buffer wait {timings.BufferWait.TotalSeconds:0.00} s (drawing waiting for a free buffer)");
        say($"  cost factor on this machine: RENDER_COST_US={costMicroseconds:0} (set it to calibrate the estimate at submission; default 600)");
        return new JsonObject
        {
            ["width"] = w, ["height"] = h, ["frames"] = total, ["distinctFrames"] = distinct, ["changedRowsKnown"] = hinted,
            ["drawOnlyFps"] = Round(drawFps), ["renderSeconds"] = Round(render.Seconds), ["renderFps"] = Round(total / render.Seconds),
            ["renderPeakRssMb"] = Round(render.PeakRssBytes / 1048576.0), ["floorSeconds"] = Round(floor), ["ratio"] = Round(ratio),
            ["renderCpuSeconds"] = Round(render.CpuSeconds), ["floorCpuSeconds"] = Round(floorCpu), ["cpuRatio"] = Round(cpuRatio),
            ["breakdown"] = new JsonObject
            {
                ["startupSeconds"] = Round(startup), ["compileSeconds"] = Round(compileSeconds), ["drawSeconds"] = Round(timings.Draw.TotalSeconds),
                ["conversionSeconds"] = Round(timings.Conversion.TotalSeconds), ["pipeWriteSeconds"] = Round(timings.PipeWrite.TotalSeconds),
                ["ffmpegWaitSeconds"] = Round(timings.FfmpegWait.TotalSeconds), ["inProcessSeconds"] = Round(inProcessSeconds),
                ["starvedSeconds"] = Round(timings.Starved.TotalSeconds), ["bufferWaitSeconds"] = Round(timings.BufferWait.TotalSeconds),
            },
            ["renderCostMicroseconds"] = Round(costMicroseconds),
            ["loadAverage"] = Load(),
        };
    }

    private static async Task<JsonObject> MeasureExtrasAsync(string file, PreparedDocument doc, string preset, int soakRenders, Action<string> say,
        CancellationToken token)
    {
        var result = new JsonObject();
        var heavy = new JsonObject();
        foreach (var cached in new[] { true, false })
        {
            var (fadeFps, steadyFps, frames) = await HeavyScene.DrawFpsAsync(3000, 1920, 1080, 6, cached, token);
            var how = cached ? "cached layers" : "every element every frame";
            say($"heavy scene (generated graph, 3000 nodes) 1920x1080, {how}: {steadyFps:0.0} frames/s after the fade-in, " +
                $"{fadeFps:0.0} frames/s during it ({frames} frames in order, each drawn; load {Load()})");
            heavy[cached ? "cachedFps" : "uncachedFps"] = Round(steadyFps);
            heavy[cached ? "cachedFadeFps" : "uncachedFadeFps"] = Round(fadeFps);
        }
        result["heavy3000At1080"] = heavy;

        var four = await ChildProcess.RunSelfAsync(["render", file, "-o", TempMp4(), "--width", "3840", "--height", "2160", "--preset", preset], token);
        Check(four, "2160p render");
        say($"3840x2160 render: {four.Seconds:0.0} s, peak RSS {Mb(four.PeakRssBytes)} (load {Load()})");
        result["peakRss2160Mb"] = Round(four.PeakRssBytes / 1048576.0);

        var compiled = ShowCompiler.Compile(doc.Show);
        var small = new VideoOptions { Preset = preset, Width = 320, Height = 180 };
        if (soakRenders > 0)
        {
            var (start, end) = await Soak.RunAsync(compiled, small, soakRenders, token);
            say($"soak: {soakRenders} renders (320x180) in one process: RSS {Mb(start)} after the first, {Mb(end)} at the end ({(double)end / Math.Max(1, start) - 1:+0%;-0%}); " +
                $"text caches {RenderResources.CreateContext().Text.CacheSizes}");
            result["soak"] = new JsonObject { ["renders"] = soakRenders, ["startRssMb"] = Round(start / 1048576.0), ["endRssMb"] = Round(end / 1048576.0) };
        }

        var q = new VideoOptions { Preset = preset, Width = 1280, Height = 720 };
        // Same CRF first, then the tune at higher CRFs: the question is the size at the same SSIM, not at the same CRF.
        var quality = await QualityProbe.CompareAsync(compiled, q,
        [
            ("default (CRF 23)", q), ("-tune animation, CRF 23", q with { Tune = "animation" }),
            ("-tune animation, CRF 24", q with { Tune = "animation", Crf = 24 }), ("-tune animation, CRF 25", q with { Tune = "animation", Crf = 25 }),
        ], token);
        var qa = new JsonArray();
        foreach (var r in quality)
        {
            say($"quality 1280x720 {r.Label}: SSIM {r.Ssim:0.00000} vs lossless, {r.Bytes / 1024.0:0} KiB");
            qa.Add(new JsonObject { ["label"] = r.Label, ["ssim"] = r.Ssim, ["bytes"] = r.Bytes });
        }
        result["quality"] = qa;
        return result;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>One preview frame at a random time: draw + JPEG and draw + PNG, as the Generate page would serve it.</summary>
    private static JsonObject MeasurePreview(PreparedDocument doc, Action<string> say)
    {
        var compiled = ShowCompiler.Compile(doc.Show);
        using var source = new FrameSource(compiled, 30);
        var random = new Random(42);
        var draw = new List<double>();
        var jpeg = new List<double>();
        var png = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var t = random.NextDouble() * compiled.Duration;
            var watch = Stopwatch.StartNew();
            source.RenderAt(t, force: true);
            draw.Add(watch.Elapsed.TotalMilliseconds);
            source.Encode(SKEncodedImageFormat.Jpeg, 85);
            jpeg.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            source.RenderAt(t, force: true);
            source.EncodePng();
            png.Add(watch.Elapsed.TotalMilliseconds);
        }
        say($"preview 1920x1080: draw p50 {P(draw, 50):0.0} ms p95 {P(draw, 95):0.0} ms; draw+JPEG p50 {P(jpeg, 50):0.0} ms p95 {P(jpeg, 95):0.0} ms; " +
            $"draw+PNG p50 {P(png, 50):0.0} ms p95 {P(png, 95):0.0} ms");
        return new JsonObject
        {
            ["drawP50Ms"] = Round(P(draw, 50)), ["drawP95Ms"] = Round(P(draw, 95)),
            ["jpegP50Ms"] = Round(P(jpeg, 50)), ["jpegP95Ms"] = Round(P(jpeg, 95)),
            ["pngP50Ms"] = Round(P(png, 50)), ["pngP95Ms"] = Round(P(png, 95)),
        };
    }

    /// <summary>Peak memory of the same render with the timeline once and repeated four times.</summary>
    private static async Task<JsonObject> MeasureLengthScalingAsync(string file, string preset, Action<string> say, CancellationToken token)
    {
        var root = DocumentReader.ReadFile(file)!.AsObject();
        if (root["timeline"] is not JsonArray timeline) return new JsonObject { ["skipped"] = "not a single-scene manifest" };
        var repeated = new JsonArray();
        for (var i = 0; i < 4; i++) foreach (var e in timeline) repeated.Add(e?.DeepClone());
        root["timeline"] = repeated;
        var fourX = Path.Combine(Path.GetTempPath(), $"animplatform-bench-4x-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(fourX, root.ToJsonString(JsonNodeExtensions.LenientJson), token);
        try
        {
            var one = await ChildProcess.RunSelfAsync(["render", file, "-o", TempMp4(), "--preset", preset], token);
            var four = await ChildProcess.RunSelfAsync(["render", fourX, "-o", TempMp4(), "--preset", preset], token);
            Check(one, "1x render");
            Check(four, "4x render");
            var growth = (double)four.PeakRssBytes / Math.Max(1, one.PeakRssBytes) - 1;
            say($"peak RSS 1x timeline {Mb(one.PeakRssBytes)} ({one.Seconds:0.0} s), 4x timeline {Mb(four.PeakRssBytes)} ({four.Seconds:0.0} s): {growth:+0%;-0%} ");
            return new JsonObject
            {
                ["peakRss1xMb"] = Round(one.PeakRssBytes / 1048576.0), ["peakRss4xMb"] = Round(four.PeakRssBytes / 1048576.0),
                ["growth"] = Round(growth), ["seconds1x"] = Round(one.Seconds), ["seconds4x"] = Round(four.Seconds),
            };
        }
        finally
        {
            File.Delete(fourX);
        }
    }

    private static void Check(ChildProcess.Measurement m, string what)
    {
        if (m.ExitCode != 0) throw new InvalidOperationException($"{what} failed: {m.Output}");
    }

    private static string TempMp4() => Path.Combine(Path.GetTempPath(), $"animplatform-bench-{Guid.NewGuid():N}.mp4");

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0} MB";

    private static double Round(double v) => Math.Round(v, 2);

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
