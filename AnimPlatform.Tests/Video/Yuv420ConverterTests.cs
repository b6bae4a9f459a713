using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Video;

/// <summary>The I420 conversion (vectorised where the CPU allows) gives, byte for byte, BT.709 limited range in fixed point.</summary>
[Trait("Category", TestCategory.Unit)]
public class Yuv420ConverterTests
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(16, 2)]
    [InlineData(38, 6)] // two 16-pixel blocks and a scalar tail
    [InlineData(320, 180)]
    public void Every_byte_equals_the_fixed_point_formula(int width, int height)
    {
        var random = new Random(width * 1000 + height);
        var bgra = new byte[width * height * 4];
        random.NextBytes(bgra);
        for (var i = 3; i < bgra.Length; i += 4) bgra[i] = 255;
        // Extremes too: black, white, pure primaries.
        byte[][] corners = [[0, 0, 0], [255, 255, 255], [255, 0, 0], [0, 255, 0], [0, 0, 255]];
        for (var i = 0; i < corners.Length && i < width * height; i++) corners[i].CopyTo(bgra, i * 4);

        var actual = new byte[Yuv420Converter.BufferSize(width, height)];
        Yuv420Converter.Convert(bgra, width, height, actual);

        Assert.Equal(Reference(bgra, width, height), actual);
    }

    /// <summary>Y = (47R + 157G + 16B + 128) / 256 + 16; U, V from the 2×2 sums with weights (−26, −86, 112) and (112, −102, −10) / 1024 + 128.</summary>
    private static byte[] Reference(byte[] bgra, int width, int height)
    {
        var result = new byte[Yuv420Converter.BufferSize(width, height)];
        (int B, int G, int R) At(int x, int y) => (bgra[(y * width + x) * 4], bgra[(y * width + x) * 4 + 1], bgra[(y * width + x) * 4 + 2]);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var (b, g, r) = At(x, y);
            result[y * width + x] = (byte)(((47 * r + 157 * g + 16 * b + 128) >> 8) + 16);
        }
        var cw = width / 2;
        for (var cy = 0; cy < height / 2; cy++)
        for (var cx = 0; cx < cw; cx++)
        {
            int sr = 0, sg = 0, sb = 0;
            foreach (var (dx, dy) in new[] { (0, 0), (1, 0), (0, 1), (1, 1) })
            {
                var (b, g, r) = At(2 * cx + dx, 2 * cy + dy);
                (sr, sg, sb) = (sr + r, sg + g, sb + b);
            }
            result[width * height + cy * cw + cx] = (byte)(((-26 * sr - 86 * sg + 112 * sb + 512) >> 10) + 128);
            result[width * height + cw * (height / 2) + cy * cw + cx] = (byte)(((112 * sr - 102 * sg - 10 * sb + 512) >> 10) + 128);
        }
        return result;
    }
}
