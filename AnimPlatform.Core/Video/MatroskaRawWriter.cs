using System.Buffers.Binary;
using System.Text;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Streams raw I420 frames with their own timestamps as a minimal live Matroska file (unknown-size
/// segment and clusters). This is how only the frames that differ reach ffmpeg while every frame keeps its
/// exact time: a pause of 10 s costs one frame, not 300.
/// </summary>
public sealed class MatroskaRawWriter(Stream output, int width, int height, int fps)
{
    // Three ticks per frame (1/90 s at 30 fps): frame k sits at tick 3k exactly, with no millisecond rounding.
    private const int TicksPerFrame = 3;
    private const long MaxClusterSpanTicks = 30_000; // block timecodes are int16 relative to their cluster
    private readonly ulong _tickNanoseconds = (ulong)Math.Round(1e9 / (fps * TicksPerFrame));
    private static readonly byte[] UnknownSize = [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
    private long? _clusterStart;

    public async Task WriteHeaderAsync(CancellationToken token)
    {
        var ebml = Element(0x1A45DFA3,
            Uint(0x4286, 1), Uint(0x42F7, 1), Uint(0x42F2, 4), Uint(0x42F3, 8),
            Str(0x4282, "matroska"), Uint(0x4287, 4), Uint(0x4285, 2));
        var info = Element(0x1549A966, Uint(0x2AD7B1, _tickNanoseconds), Str(0x4D80, "AnimPlatform"), Str(0x5741, "AnimPlatform"));
        var video = Element(0xE0, Uint(0xB0, (ulong)width), Uint(0xBA, (ulong)height), Bytes(0x2EB524, "I420"u8.ToArray()));
        var track = Element(0xAE,
            Uint(0xD7, 1), Uint(0x73C5, 1), Uint(0x83, 1), Str(0x86, "V_UNCOMPRESSED"), Uint(0x9C, 0),
            Uint(0x23E383, (ulong)Math.Round(1e9 / fps)), video);
        var tracks = Element(0x1654AE6B, track);
        using var header = new MemoryStream();
        header.Write(ebml);
        header.Write(Id(0x18538067));
        header.Write(UnknownSize);
        header.Write(info);
        header.Write(tracks);
        await output.WriteAsync(header.ToArray(), token).ConfigureAwait(false);
    }

    /// <summary>Writes one frame shown from <paramref name="frameIndex"/>/fps seconds on.</summary>
    public async Task WriteFrameAsync(int frameIndex, ReadOnlyMemory<byte> i420, CancellationToken token)
    {
        var tick = (long)frameIndex * TicksPerFrame;
        if (_clusterStart is not { } start || tick - start > MaxClusterSpanTicks)
        {
            var cluster = new MemoryStream();
            cluster.Write(Id(0x1F43B675));
            cluster.Write(UnknownSize);
            cluster.Write(Uint(0xE7, (ulong)tick));
            await output.WriteAsync(cluster.ToArray(), token).ConfigureAwait(false);
            _clusterStart = start = tick;
        }
        var blockHeader = new byte[1 + 8 + 4];
        blockHeader[0] = 0xA3; // SimpleBlock
        WriteSize8(blockHeader.AsSpan(1, 8), 4 + i420.Length);
        blockHeader[9] = 0x81; // track 1
        BinaryPrimitives.WriteInt16BigEndian(blockHeader.AsSpan(10, 2), (short)(tick - start));
        blockHeader[12] = 0x80; // keyframe
        await output.WriteAsync(blockHeader, token).ConfigureAwait(false);
        await output.WriteAsync(i420, token).ConfigureAwait(false);
    }

    private static void WriteSize8(Span<byte> target, long size)
    {
        BinaryPrimitives.WriteInt64BigEndian(target, size);
        target[0] = 0x01; // 8-byte vint marker (sizes here are far below 2^56)
    }

    private static byte[] Id(uint id)
    {
        var bytes = BitConverter.GetBytes(id);
        Array.Reverse(bytes);
        return bytes.SkipWhile(b => b == 0).ToArray();
    }

    private static byte[] Element(uint id, params byte[][] children)
    {
        var payload = children.SelectMany(c => c).ToArray();
        return Bytes(id, payload);
    }

    private static byte[] Bytes(uint id, byte[] payload)
    {
        var size = new byte[8];
        WriteSize8(size, payload.Length);
        return [.. Id(id), .. size, .. payload];
    }

    private static byte[] Uint(uint id, ulong value)
    {
        var bytes = BitConverter.GetBytes(value);
        Array.Reverse(bytes);
        var trimmed = bytes.SkipWhile(b => b == 0).ToArray();
        return Bytes(id, trimmed.Length == 0 ? [0] : trimmed);
    }

    private static byte[] Str(uint id, string value) => Bytes(id, Encoding.ASCII.GetBytes(value));
}
