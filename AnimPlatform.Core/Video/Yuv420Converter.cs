using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Converts opaque BGRA pixels to planar I420 (BT.709, limited range — the file is tagged so), once per
/// distinct frame, so ffmpeg neither converts colours nor reads twice the bytes. Rows run in parallel, 16 pixels
/// at a time in 256-bit vectors where the CPU has them (the same integer arithmetic as the scalar code: same bytes).
/// </summary>
public static class Yuv420Converter
{
    // BT.709 limited range, fixed point ×256.
    private const int YR = 47, YG = 157, YB = 16;
    private const int UR = -26, UG = -86, UB = 112;
    private const int VR = 112, VG = -102, VB = -10;

    public static int BufferSize(int width, int height) => width * height + 2 * (width / 2) * (height / 2);

    public static void Convert(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> i420) =>
        ConvertRows(bgra, width, height, i420, 0, height);

    /// <summary>
    /// Converts rows [<paramref name="firstRow"/>, <paramref name="endRow"/>) only (both even): their Y rows and the
    /// chroma rows of their row pairs; the rest of <paramref name="i420"/> is left as it was. Each row pair's bytes
    /// depend on its two rows alone, so converting every range of a frame gives exactly <see cref="Convert"/>.
    /// </summary>
    public static void ConvertRows(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> i420, int firstRow, int endRow)
    {
        if (width % 2 != 0 || height % 2 != 0) throw new ArgumentException("width and height must be even");
        if (bgra.Length < width * height * 4) throw new ArgumentException("source too small");
        if (i420.Length < BufferSize(width, height)) throw new ArgumentException("destination too small");
        if (firstRow % 2 != 0 || endRow % 2 != 0 || firstRow < 0 || endRow > height || firstRow > endRow)
            throw new ArgumentOutOfRangeException(nameof(firstRow), $"rows {firstRow}..{endRow} are not an even range of 0..{height}");
        unsafe
        {
            fixed (byte* src = bgra)
            fixed (byte* dst = i420)
            {
                var s = (nint)src;
                var d = (nint)dst;
                var pairs = (endRow - firstRow) / 2;
                var firstPair = firstRow / 2;
                // A few rows are not worth waking other threads for (a 1080p frame has 540 pairs).
                if (pairs < ParallelPairs)
                    for (var pair = firstPair; pair < firstPair + pairs; pair++) ConvertRowPair(src, dst, width, height, pair);
                else
                    Parallel.For(firstPair, firstPair + pairs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                        pair => ConvertRowPair((byte*)s, (byte*)d, width, height, pair));
            }
        }
    }

    private const int ParallelPairs = 32;

    // Optimised from the first call: a render's first frames would otherwise run this loop as unoptimised tier-0 code
    // (every vector helper a call) until tiered compilation catches up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        var x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; x + 16 <= width; x += 16)
            {
                var p0a = Vector256.Load((uint*)(row0 + 4 * x));
                var p0b = Vector256.Load((uint*)(row0 + 4 * x + 32));
                var p1a = Vector256.Load((uint*)(row1 + 4 * x));
                var p1b = Vector256.Load((uint*)(row1 + 4 * x + 32));
                StoreLuma(yPlane0 + x, p0a, p0b);
                StoreLuma(yPlane1 + x, p1a, p1b);
                var b = QuadSums(p0a, p0b, p1a, p1b, 0);
                var g = QuadSums(p0a, p0b, p1a, p1b, 8);
                var r = QuadSums(p0a, p0b, p1a, p1b, 16);
                StoreChroma(uRow + x / 2, UR * r + UG * g + UB * b);
                StoreChroma(vRow + x / 2, VR * r + VG * g + VB * b);
            }
        }
        for (; x < width; x += 2)
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

    private static Vector256<uint> Channel(Vector256<uint> bgra, int shift) => (bgra >>> shift) & Vector256.Create(0xFFu);

    /// <summary>Y of 16 pixels (two vectors of 8) stored as 16 bytes.</summary>
    private static unsafe void StoreLuma(byte* destination, Vector256<uint> a, Vector256<uint> b)
    {
        var words = Vector256.Narrow(Luma(a), Luma(b));
        Vector256.Narrow(words, words).GetLower().Store(destination);
    }

    private static Vector256<uint> Luma(Vector256<uint> p) =>
        (((uint)YR * Channel(p, 16) + (uint)YG * Channel(p, 8) + (uint)YB * Channel(p, 0) + Vector256.Create(128u)) >>> 8) + Vector256.Create(16u);

    /// <summary>One channel summed over each 2×2 block of 16×2 pixels: 8 sums, left to right.</summary>
    private static Vector256<int> QuadSums(Vector256<uint> top0, Vector256<uint> top1, Vector256<uint> bottom0, Vector256<uint> bottom1, int shift)
    {
        var left = (Channel(top0, shift) + Channel(bottom0, shift)).AsUInt64();
        var right = (Channel(top1, shift) + Channel(bottom1, shift)).AsUInt64();
        var low = Vector256.Create(0xFFFF_FFFFul);
        return Vector256.Narrow((left & low) + (left >>> 32), (right & low) + (right >>> 32)).AsInt32();
    }

    /// <summary>8 chroma samples from their weighted sums, stored as 8 bytes (same rounding as the scalar code).</summary>
    private static unsafe void StoreChroma(byte* destination, Vector256<int> weighted)
    {
        var values = (((weighted + Vector256.Create(512)) >> 10) + Vector256.Create(128)).AsUInt32();
        var words = Vector256.Narrow(values, values);
        *(ulong*)destination = Vector256.Narrow(words, words).AsUInt64().ToScalar();
    }

    private static byte Luma(int r, int g, int b) => (byte)(((YR * r + YG * g + YB * b + 128) >> 8) + 16);
}
