

namespace AnimPlatform.Core.Video;

/// <summary>
/// Converts opaque BGRA pixels to planar I420 (BT.709, limited range — the file is tagged so), once per
/// distinct frame, so ffmpeg neither converts colours nor reads twice the bytes. Rows run in parallel.
/// </summary>
public static class Yuv420Converter
{
    // BT.709 limited range, fixed point ×256.
    private const int YR = 47, YG = 157, YB = 16;
    private const int UR = -26, UG = -86, UB = 112;
    private const int VR = 112, VG = -102, VB = -10;

    public static int BufferSize(int width, int height) => width * height + 2 * (width / 2) * (height / 2);

    public static void Convert(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> i420)
    {
        if (width % 2 != 0 || height % 2 != 0) throw new ArgumentException("width and height must be even");
        if (i420.Length < BufferSize(width, height)) throw new ArgumentException("destination too small");
        unsafe
        {
            fixed (byte* src = bgra)
            fixed (byte* dst = i420)
            {
                var s = (nint)src;
                var d = (nint)dst;
                Parallel.For(0, height / 2, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    pair => ConvertRowPair((byte*)s, (byte*)d, width, height, pair));
            }
        }
    }

    private static unsafe void ConvertRowPair(byte* src, byte* dst, int width, int height, int pair)
    {
        var stride = width * 4;
        var y0 = 2 * pair;
        var row0 = src + y0 * stride;
        var row1 = row0 + stride;
        var yPlane0 = dst + y0 * width;
        var yPlane1 = yPlane0 + width;
        var chromaWidth = width / 2;
        var uRow = dst + width * height + pair * chromaWidth;
        var vRow = dst + width * height + chromaWidth * (height / 2) + pair * chromaWidth;
        for (var x = 0; x < width; x += 2)
        {
            int b00 = row0[4 * x], g00 = row0[4 * x + 1], r00 = row0[4 * x + 2];
            int b01 = row0[4 * x + 4], g01 = row0[4 * x + 5], r01 = row0[4 * x + 6];
            int b10 = row1[4 * x], g10 = row1[4 * x + 1], r10 = row1[4 * x + 2];
            int b11 = row1[4 * x + 4], g11 = row1[4 * x + 5], r11 = row1[4 * x + 6];
            yPlane0[x] = Luma(r00, g00, b00);
            yPlane0[x + 1] = Luma(r01, g01, b01);
            yPlane1[x] = Luma(r10, g10, b10);
            yPlane1[x + 1] = Luma(r11, g11, b11);
            var r = r00 + r01 + r10 + r11;
            var g = g00 + g01 + g10 + g11;
            var b = b00 + b01 + b10 + b11;
            uRow[x / 2] = (byte)(((UR * r + UG * g + UB * b + 512) >> 10) + 128);
            vRow[x / 2] = (byte)(((VR * r + VG * g + VB * b + 512) >> 10) + 128);
        }
    }

    private static byte Luma(int r, int g, int b) => (byte)(((YR * r + YG * g + YB * b + 128) >> 8) + 16);
}
