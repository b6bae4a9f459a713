using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Frames the timeline calls static really are identical to the frame before (so reusing them is exact).</summary>
[Trait("Category", TestCategory.Unit)]
public class StaticFrameTests
{
    [Theory]
    [InlineData("bubble-sort-test.yaml")]
    [InlineData("presets/stack.json")]
    public void Frames_reported_static_have_the_same_pixels_as_the_previous_frame(string example)
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, example));
        var show = ShowCompiler.Compile(doc.Show);
        using var source = new FrameSource(show, 30, 320, 180);
        byte[]? previous = null;
        int statics = 0, changes = 0;
        for (var k = 0; k < show.FrameCount(30); k++)
        {
            source.RenderAt(k / 30.0, force: true);
            var pixels = source.Bitmap.Bytes;
            if (previous is not null)
            {
                var same = pixels.AsSpan().SequenceEqual(previous);
                if (show.IsStaticBetween((k - 1) / 30.0, k / 30.0))
                {
                    Assert.True(same, $"frame {k} was reported static but differs");
                    statics++;
                }
                else if (!same) changes++;
            }
            previous = pixels;
        }
        Assert.True(statics > show.FrameCount(30) / 2, $"only {statics} static frames found");
        Assert.True(changes > 20);
    }
}
