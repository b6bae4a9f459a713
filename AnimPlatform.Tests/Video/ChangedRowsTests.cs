using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Video;

/// <summary>
/// The frame source's changed rows (known when two frames in a row come from one window of cached layers) are a
/// promise the I420 conversion relies on to skip comparing the other bands: on real frames, every row outside them
/// equals the previous frame's, and converting with them gives, frame after frame, the bytes of converting whole.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class ChangedRowsTests
{
    public static TheoryData<string> Examples => new()
    {
        "bfs-traversal-v2.yaml", "bubble-sort-test.yaml", "bfs-course/show.yaml", "presets/bfs.json",
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rows_outside_the_changed_rows_equal_the_previous_frame(string example)
    {
        var show = Compile(example);
        const int width = 384, height = 216;
        using var source = new FrameSource(show, 30, width, height);
        var previous = new byte[width * height * 4];
        var stride = width * 4;
        var hinted = 0;
        for (var k = 0; k < show.FrameCount(30); k++)
        {
            if (!source.Render(k)) continue;
            var now = source.Bitmap.GetPixelSpan();
            if (k > 0 && source.ChangedRows is { } rows)
            {
                hinted++;
                for (var y = 0; y < height; y++)
                {
                    if (rows.Any(r => r.Top <= y && y < r.Bottom)) continue;
                    Assert.True(now.Slice(y * stride, stride).SequenceEqual(previous.AsSpan(y * stride, stride)),
                        $"{example}, frame {k}: row {y} changed outside the changed rows {string.Join(", ", rows)}");
                }
            }
            now.CopyTo(previous);
        }
        // The promise was really made (not a run of whole frames only).
        Assert.True(hinted > 0, $"{example}: no frame came with changed rows");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Converting_with_the_changed_rows_equals_converting_whole(string example)
    {
        var show = Compile(example);
        const int width = 384, height = 216;
        using var source = new FrameSource(show, 30, width, height);
        var converter = new BandedYuv420Converter(width, height);
        var pool = Enumerable.Range(0, 3).Select(_ => new byte[Yuv420Converter.BufferSize(width, height)]).ToArray();
        var whole = new byte[Yuv420Converter.BufferSize(width, height)];
        var converted = 0;
        for (var k = 0; k < show.FrameCount(30); k++)
        {
            if (!source.Render(k)) continue;
            var buffer = pool[converted++ % pool.Length];
            converter.Convert(source.Bitmap.GetPixelSpan(), buffer, k == 0 ? null : source.ChangedRows);
            Yuv420Converter.Convert(source.Bitmap.GetPixelSpan(), width, height, whole);
            Assert.True(whole.AsSpan().SequenceEqual(buffer), $"{example}, frame {k}: I420 differs from the whole-frame conversion");
        }
        var bands = (height + BandedYuv420Converter.BandRows - 1) / BandedYuv420Converter.BandRows;
        Assert.True(converter.BandsCompared < (long)bands * converted,
            $"{example}: all {converter.BandsCompared} bands of {converted} frames were compared (the changed rows were not used)");
    }

    private static CompiledShow Compile(string example)
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, example));
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return ShowCompiler.Compile(doc.Show);
    }
}
