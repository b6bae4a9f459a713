using System.Buffers.Binary;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// The length of an MP4 file, read from its movie header (moov/mvhd: duration over timescale) — a few bytes at the
/// start of a +faststart file, found by skipping top-level boxes otherwise. The real length of the video, narration
/// pauses included, without decoding anything or running the manifest pipeline again.
/// </summary>
public static class Mp4Duration
{
    /// <summary>Seconds, or null when the file is missing or has no readable movie header.</summary>
    public static double? Read(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096);
            return Read(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static double? Read(Stream stream)
    {
        var moov = FindBox(stream, stream.Length, "moov"u8);
        if (moov is not { } m) return null;
        var mvhd = FindBox(stream, m.End, "mvhd"u8);
        if (mvhd is not { } h || h.End - stream.Position < 32) return null;
        Span<byte> header = stackalloc byte[32];
        stream.ReadExactly(header);
        var version = header[0];
        uint timescale;
        ulong duration;
        if (version == 1)
        {
            timescale = BinaryPrimitives.ReadUInt32BigEndian(header[20..]);
            duration = BinaryPrimitives.ReadUInt64BigEndian(header[24..]);
        }
        else
        {
            timescale = BinaryPrimitives.ReadUInt32BigEndian(header[12..]);
            duration = BinaryPrimitives.ReadUInt32BigEndian(header[16..]);
        }
        return timescale == 0 ? null : duration / (double)timescale;
    }

    /// <summary>Scans the boxes from the stream's position up to <paramref name="end"/>; leaves the stream at the found box's content.</summary>
    private static (long Start, long End)? FindBox(Stream stream, long end, ReadOnlySpan<byte> type)
    {
        Span<byte> head = stackalloc byte[16];
        while (stream.Position + 8 <= end)
        {
            var start = stream.Position;
            stream.ReadExactly(head[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(head);
            var headerSize = 8;
            if (size == 1)
            {
                if (stream.Position + 8 > end) return null;
                stream.ReadExactly(head.Slice(8, 8));
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(head[8..]);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = end - start;
            }
            if (size < headerSize || start + size > end) return null;
            if (head.Slice(4, 4).SequenceEqual(type))
            {
                stream.Position = start + headerSize;
                return (start + headerSize, start + size);
            }
            stream.Position = start + size;
        }
        return null;
    }
}
