using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Video;

/// <summary>
/// Converting only the changed row bands into a pool of reused buffers gives, for every frame of a sequence, exactly
/// the bytes of converting the whole frame: first frame, no change, whole change, one pixel at band edges, sizes that
/// are not whole bands or whole vectors.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class BandedYuv420ConverterTests
{
    private const int Band = BandedYuv420Converter.BandRows;

    [Theory]
    [InlineData(64, 64)]   // whole bands
    [InlineData(70, 38)]   // a scalar tail in each row, a last band of 6 rows
    [InlineData(2, 2)]     // smaller than one band
    [InlineData(38, 108)] // 108 rows: six bands and one of 12
    public void Every_frame_equals_the_whole_frame_conversion(int width, int height)
    {
        var random = new Random(width * 7919 + height);
        var frame = Opaque(random, width, height);
        var converter = new BandedYuv420Converter(width, height);
        var pool = Enumerable.Range(0, 3).Select(_ => new byte[Yuv420Converter.BufferSize(width, height)]).ToArray();
        var step = 0;

        void Check(string what, bool repeat = false)
        {
            var buffer = pool[step++ % pool.Length];
            if (repeat) converter.Repeat(buffer);
            else converter.Convert(frame, buffer);
            Assert.True(Whole(frame, width, height).AsSpan().SequenceEqual(buffer), $"{width}x{height}, step {step}: {what}");
        }

        void SetPixel(int x, int y)
        {
            var i = (y * width + x) * 4;
            frame[i] ^= 0x5A; // blue only: the alpha byte stays 255
        }

        Check("first frame");
        Check("no change");
        Check("no change, a buffer that never held a frame");
        SetPixel(0, 0);
        Check("top-left pixel");
        foreach (var y in new[] { Band - 1, Band, Band + 1, height - 1 }.Where(y => y < height))
        {
            SetPixel(width - 1, y);
            Check($"pixel at the end of row {y}");
        }
        Check("repeated frame", repeat: true);
        Check("repeated frame again", repeat: true);
        frame = Opaque(random, width, height);
        Check("every pixel changed");
        for (var i = 0; i < 6; i++)
        {
            SetPixel(random.Next(width), random.Next(height));
            SetPixel(random.Next(width), random.Next(height));
            Check($"two random pixels ({i})");
        }
        // A change in an older frame than the buffer's last one must reach the buffer used two steps later.
        SetPixel(width / 2, height / 2);
        Check("centre pixel");
        Check("after the centre pixel, no change");
        Check("after the centre pixel, no change again");
    }

    [Fact]
    public void Repeat_before_any_frame_is_an_error()
    {
        var converter = new BandedYuv420Converter(4, 4);
        Assert.Throws<InvalidOperationException>(() => converter.Repeat(new byte[Yuv420Converter.BufferSize(4, 4)]));
    }

    [Fact]
    public void An_unchanged_frame_converts_no_rows()
    {
        var frame = Opaque(new Random(3), 64, 64);
        var converter = new BandedYuv420Converter(64, 64);
        var buffer = new byte[Yuv420Converter.BufferSize(64, 64)];
        converter.Convert(frame, buffer);
        Assert.Equal(64, converter.RowsConverted);
        converter.Convert(frame, buffer);
        Assert.Equal(64, converter.RowsConverted);
        frame[(40 * 64 + 3) * 4] ^= 1; // row 40: band 2 only
        converter.Convert(frame, buffer);
        Assert.Equal(64 + Band, converter.RowsConverted);
    }

    private static byte[] Opaque(Random random, int width, int height)
    {
        var bgra = new byte[width * height * 4];
        random.NextBytes(bgra);
        for (var i = 3; i < bgra.Length; i += 4) bgra[i] = 255;
        return bgra;
    }

    private static byte[] Whole(byte[] bgra, int width, int height)
    {
        var result = new byte[Yuv420Converter.BufferSize(width, height)];
        Yuv420Converter.Convert(bgra, width, height, result);
        return result;
    }
}
