using System.Diagnostics;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Video;

/// <summary>
/// The encoded video shows, at every sampled instant, the picture the renderer computes for that instant —
/// in both the variable (only changed frames) and the constant frame-rate modes.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public class FrameTimingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Decoded_frames_match_the_renderer_at_their_times(bool constantFrameRate)
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bubble-sort-test.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        using var dir = new TempDir();
        var mp4 = dir.File("v.mp4");
        const int w = 320, h = 180;
        await VideoEncoder.EncodeAsync(show, mp4, new VideoOptions { Width = w, Height = h, Preset = "ultrafast", Crf = 10, ConstantFrameRate = constantFrameRate });

        using var source = new FrameSource(show, 30, w, h);
        var checkedFrames = 0;
        // Frames where the picture changes visibly within two frames: decoding the wrong instant would show.
        for (var frame = 2; frame < show.FrameCount(30) && checkedFrames < 10; frame += 7)
        {
            source.RenderAt((frame - 2) / 30.0);
            var earlier = ToLuma(source.Bitmap);
            source.RenderAt(frame / 30.0);
            var expected = ToLuma(source.Bitmap);
            if (StrongDifferences(earlier, expected) < 40) continue;
            var actual = DecodeLuma(mp4, frame, w, h);
            var wrong = StrongDifferences(expected, actual);
            Assert.True(wrong < 20, $"frame {frame}: {wrong} pixels differ from the rendered picture");
            checkedFrames++;
        }
        Assert.Equal(10, checkedFrames);
    }

    /// <summary>Pixels whose grey level differs by more than compression noise.</summary>
    private static int StrongDifferences(double[] a, double[] b) => a.Zip(b).Count(p => Math.Abs(p.First - p.Second) > 48);

    private static double[] ToLuma(SkiaSharp.SKBitmap bitmap)
    {
        var result = new double[bitmap.Width * bitmap.Height];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
            result[i] = 0.2126 * pixels[i].Red + 0.7152 * pixels[i].Green + 0.0722 * pixels[i].Blue;
        return result;
    }

    /// <summary>Decodes the frame shown at frame index k (time k/30) as grey levels.</summary>
    private static double[] DecodeLuma(string mp4, int frame, int w, int h)
    {
        // fps=30 resamples to what a player shows at each tick k/30 (the last frame with pts <= k/30).
        var psi = new ProcessStartInfo("ffmpeg", $"-v error -i \"{mp4}\" -vf \"fps=30,select='eq(n,{frame})',scale=in_range=tv:out_range=pc\" -frames:v 1 -f rawvideo -pix_fmt gray -")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        using var ms = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(ms);
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var bytes = ms.ToArray();
        Assert.True(bytes.Length == w * h, $"decoded {bytes.Length} bytes at frame {frame}: {err}");
        return bytes.Select(b => (double)b).ToArray();
    }
}
