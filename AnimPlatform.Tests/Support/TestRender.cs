using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using SkiaSharp;

namespace AnimPlatform.Tests.Support;

/// <summary>Compiles manifest text and draws frames for pixel assertions.</summary>
public static class TestRender
{
    public static CompiledShow Compile(string text)
    {
        var doc = ManifestPipeline.LoadText(text);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return ShowCompiler.Compile(doc.Show);
    }

    /// <summary>A copy of the frame at time t.</summary>
    public static SKBitmap Frame(CompiledShow show, double t)
    {
        using var source = new FrameSource(show, 30);
        source.RenderAt(t);
        return source.Bitmap.Copy();
    }

    public static SKBitmap Frame(string text, double t) => Frame(Compile(text), t);

    public static SKColor Hex(string hex) => SKColor.Parse(hex);

    /// <summary>Pixel colours equal within a small tolerance per channel (antialiasing, LCh rounding).</summary>
    public static void AssertColor(SKColor expected, SKColor actual, int tolerance = 3, string? what = null)
    {
        var d = Math.Max(Math.Abs(expected.Red - actual.Red), Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
        Assert.True(d <= tolerance, $"{what ?? "pixel"}: expected {expected}, got {actual}");
    }

    /// <summary>Centroid of the pixels close to a colour (to find where a shape was drawn).</summary>
    public static (double X, double Y, int Count) Centroid(SKBitmap bitmap, SKColor color, int tolerance = 6)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var p = bitmap.GetPixel(x, y);
            if (Math.Abs(p.Red - color.Red) <= tolerance && Math.Abs(p.Green - color.Green) <= tolerance && Math.Abs(p.Blue - color.Blue) <= tolerance)
            {
                sx += x;
                sy += y;
                n++;
            }
        }
        return n == 0 ? (double.NaN, double.NaN, 0) : (sx / n, sy / n, n);
    }

    /// <summary>Bounds and count of the pixels within 12 per channel of a colour (where a tag or marker was drawn).</summary>
    public static (int MinX, int MinY, int MaxX, int MaxY, int Count) ColorBox(SKBitmap frame, SKColor color)
    {
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1, n = 0;
        for (var y = 0; y < frame.Height; y++)
        for (var x = 0; x < frame.Width; x++)
        {
            var p = frame.GetPixel(x, y);
            if (Math.Abs(p.Red - color.Red) > 12 || Math.Abs(p.Green - color.Green) > 12 || Math.Abs(p.Blue - color.Blue) > 12) continue;
            (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            n++;
        }
        return (minX, minY, maxX, maxY, n);
    }

    public static byte[] Crop(SKBitmap bitmap, SKRectI rect)
    {
        using var subset = new SKBitmap();
        Assert.True(bitmap.ExtractSubset(subset, rect));
        return subset.Copy().Bytes;
    }

    public static string Hash(SKBitmap bitmap) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bitmap.Bytes));
}
