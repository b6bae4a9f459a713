using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Video;

/// <summary>
/// The first frames are drawn before ffmpeg connects to the pipe; when ffmpeg fails before it ever connects, the encode
/// still ends with ffmpeg's error (the early producer is stopped, nothing hangs) and leaves no file.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public sealed class EarlyFramesTests
{
    [Fact]
    public async Task An_ffmpeg_that_never_reads_the_pipe_fails_the_encode_without_hanging()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "stack-dynamic.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        using var dir = new TempDir();
        var output = dir.File("out.mp4");
        var options = new VideoOptions { Width = 256, Height = 144, Preset = "ultrafast", Encoder = "no_such_encoder_x" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a hang fails the test instead of the run
        var error = await Assert.ThrowsAsync<VideoEncodingException>(() => VideoEncoder.EncodeAsync(show, output, options, cancellationToken: timeout.Token));
        Assert.Contains("no_such_encoder_x", error.Message);
        Assert.False(timeout.IsCancellationRequested);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
