using System.Diagnostics;
using AnimPlatform.Core.Generation.Graphs;
using AnimPlatform.Core.Generation.Sorting;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Generation;

/// <summary>Two generated shows rendered end to end to small MP4s (the others are checked frame by frame).</summary>
[Trait("Category", TestCategory.Integration)]
public class GeneratedVideoTests
{
    [Theory]
    [InlineData("bubble")]
    [InlineData("bfs")]
    public async Task Generated_show_renders_to_an_mp4(string which)
    {
        var show = which == "bubble"
            ? new BubbleSortGenerator().Generate("3 1 2", 1).Show
            : new BfsGenerator().Generate("from A on A-B A-C", 1).Show;
        var doc = ManifestPipeline.FromNode(show);
        Assert.True(doc.IsValid);
        var compiled = ShowCompiler.Compile(doc.Show);
        var dir = Directory.CreateTempSubdirectory("gen-video-");
        try
        {
            var path = Path.Combine(dir.FullName, which + ".mp4");
            await VideoEncoder.EncodeAsync(compiled, path, new VideoOptions { Width = 480, Height = 270, Preset = "ultrafast", Fps = 30 });
            Assert.True(new FileInfo(path).Length > 10_000);
            var probe = Process.Start(new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "format=duration:stream=width,height", "-of", "default=nw=1", path])
                { RedirectStandardOutput = true })!;
            var output = await probe.StandardOutput.ReadToEndAsync();
            await probe.WaitForExitAsync();
            Assert.Contains("width=480", output);
            Assert.Contains("height=270", output);
            var duration = double.Parse(output.Split('\n').First(l => l.StartsWith("duration=")).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(duration, compiled.Duration - 0.2, compiled.Duration + 0.2);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
