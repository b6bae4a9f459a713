using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Video;

/// <summary>Every shared example validates, renders, and ffprobe agrees with the computed length.</summary>
[Trait("Category", TestCategory.Integration)]
public class ExampleRenderTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in new[]
                 {
                     "bfs-traversal-v2.yaml", "bubble-sort-test.yaml", "stack-dynamic.yaml", "bfs-course/show.yaml",
                     "presets/bfs.json", "presets/bubble-sort.json", "presets/stack.json",
                 })
            data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_renders_with_the_asked_size_30fps_and_computed_length(string example)
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, example));
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        var show = ShowCompiler.Compile(doc.Show);
        Assert.Empty(show.Warnings);
        using var dir = new TempDir();
        var output = dir.File("out.mp4");
        // Small frames keep the suite fast; size scaling is exercised at the same time.
        await VideoEncoder.EncodeAsync(show, output, new VideoOptions { Width = 320, Height = 180, Preset = "ultrafast" });

        var info = FfprobeInfo.Read(output);
        Assert.Equal((320, 180), (info.Width, info.Height));
        Assert.Equal(30, info.FrameRate);
        Assert.Equal("h264", info.Codec);
        Assert.Equal("yuv420p", info.PixelFormat);
        Assert.InRange(info.Frames, 2, doc.Show.FrameCount()); // variable frame rate: only frames that change
        Assert.InRange(info.Duration, doc.Show.Duration - 1 / 30.0, doc.Show.Duration + 1 / 30.0);
        Assert.InRange(info.VideoDuration, doc.Show.Duration - 1 / 30.0, doc.Show.Duration + 1 / 30.0);
        Assert.Equal([output], Directory.GetFiles(dir.Path)); // no temp file left behind
    }

    [Fact]
    public async Task Full_hd_render_of_an_example_has_canvas_size()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "stack-dynamic.yaml"));
        using var dir = new TempDir();
        var output = dir.File("stack.mp4");
        var reports = new List<RenderProgress>();
        await VideoEncoder.EncodeAsync(ShowCompiler.Compile(doc.Show), output, new VideoOptions { ConstantFrameRate = true }, new SyncProgress(reports.Add));
        var info = FfprobeInfo.Read(output);
        Assert.Equal((1920, 1080), (info.Width, info.Height));
        Assert.Equal(414, info.Frames); // constant frame rate: every one of ceil(13.8 × 30) frames
        Assert.NotEmpty(reports);
        Assert.Equal(new RenderProgress(414, 414), reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.FramesDone < p.Second.FramesDone));
    }

    [Fact]
    public async Task Cancelled_render_leaves_no_file()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bfs-traversal-v2.yaml"));
        using var dir = new TempDir();
        var output = dir.File("cancelled.mp4");
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.FramesDone > 300) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            VideoEncoder.EncodeAsync(ShowCompiler.Compile(doc.Show), output, new VideoOptions { Width = 320, Height = 180 }, progress, cts.Token));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    private sealed class SyncProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }
}
