using System.Diagnostics;
using System.Security.Cryptography;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Video;

/// <summary>
/// Skipping static frames (variable frame rate) changes no pixel and no timestamp: a lossless VFR render
/// and a lossless CFR render decode to identical frames at every 1/30 s tick.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public class FrameRateModeTests
{
    [Fact]
    public async Task Lossless_vfr_and_cfr_renders_decode_to_identical_frames()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "stack-dynamic.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        using var dir = new TempDir();
        var vfr = dir.File("vfr.mp4");
        var cfr = dir.File("cfr.mp4");
        var options = new VideoOptions { Width = 256, Height = 144, Crf = 0, Preset = "ultrafast" };
        await VideoEncoder.EncodeAsync(show, vfr, options);
        await VideoEncoder.EncodeAsync(show, cfr, options with { ConstantFrameRate = true });

        var a = FrameHashes(vfr);
        var b = FrameHashes(cfr);
        Assert.Equal(show.FrameCount(30), b.Count);
        Assert.Equal(b.Count, a.Count);
        Assert.Equal(b, a);
        Assert.True(FfprobeInfo.Read(vfr).Frames < FfprobeInfo.Read(cfr).Frames / 2, "vfr should encode far fewer frames");
    }

    [Fact]
    public async Task Chunks_encoded_in_parallel_and_joined_equal_a_single_pass_render()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bubble-sort-test.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        using var dir = new TempDir();
        var single = dir.File("single.mp4");
        var chunked = dir.File("chunked.mp4");
        var options = new VideoOptions { Width = 256, Height = 144, Crf = 0, Preset = "ultrafast" };
        await VideoEncoder.EncodeAsync(show, single, options);
        await VideoEncoder.EncodeAsync(show, chunked, options with { Chunks = 3 });

        var a = FrameHashes(single);
        var b = FrameHashes(chunked);
        Assert.Equal(show.FrameCount(30), a.Count);
        Assert.Equal(a, b); // every frame, the seams included
        // Same length within a millisecond or two (tick rounding at the joins), far below a frame.
        Assert.Equal(FfprobeInfo.Read(single).VideoDuration, FfprobeInfo.Read(chunked).VideoDuration, 2);
        Assert.Equal(["chunked.mp4", "single.mp4"], Directory.GetFiles(dir.Path).Select(f => Path.GetFileName(f)!).Order().ToArray());
    }

    [Fact]
    public void Auto_encoder_falls_back_to_a_working_one()
    {
        var chosen = EncoderSelector.Resolve("auto");
        Assert.False(string.IsNullOrEmpty(chosen));
        Assert.Equal("libx264", EncoderSelector.Resolve("libx264"));
    }

    private static List<string> FrameHashes(string mp4) => Support.FrameHashes.Of(mp4);
}
