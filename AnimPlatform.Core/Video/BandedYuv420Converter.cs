namespace AnimPlatform.Core.Video;

/// <summary>
/// I420 conversion of a sequence of frames that converts only what changed: the frame is cut into bands of
/// <see cref="BandRows"/> rows (even, so each band holds whole chroma rows), each band's BGRA bytes are compared
/// (vectorised) with the previous frame's, and an output buffer gets only the bands that changed since that buffer
/// last held a frame. Buffers are reused in turn (the encoder's pool), so each buffer remembers which frame it holds;
/// a band changed two frames ago is converted again into a buffer that last held an older frame. The result is, byte
/// for byte, <see cref="Yuv420Converter.Convert"/> of the frame: a row pair's bytes depend on its two rows alone.
/// Keeps one copy of the last frame's pixels (width × height × 4 bytes).
/// </summary>
public sealed class BandedYuv420Converter
{
    public const int BandRows = 16;

    private readonly int _width, _height, _bands;
    private readonly byte[] _lastBgra;
    /// <summary>For each band, the version of the frame in which it last changed.</summary>
    private readonly long[] _bandVersion;
    /// <summary>Which version each output buffer holds (a buffer not listed holds nothing yet).</summary>
    private readonly Dictionary<byte[], long> _held = new(ReferenceEqualityComparer.Instance);
    private long _version;

    public BandedYuv420Converter(int width, int height)
    {
        if (width % 2 != 0 || height % 2 != 0) throw new ArgumentException("width and height must be even");
        _width = width;
        _height = height;
        _bands = (height + BandRows - 1) / BandRows;
        _lastBgra = new byte[width * height * 4];
        _bandVersion = new long[_bands];
    }

    /// <summary>Rows converted so far (all buffers): a measure of the work saved against converting every frame whole.</summary>
    public long RowsConverted { get; private set; }

    /// <summary>Bands compared with the previous frame so far (a band outside the changed rows is not compared).</summary>
    public long BandsCompared { get; private set; }

    /// <summary>
    /// Brings <paramref name="i420"/> to the frame <paramref name="bgra"/> (compared with the previous call's frame). When
    /// <paramref name="changedRows"/> is given, rows outside those ranges [Top, Bottom) are known to equal the previous
    /// call's frame (the frame source's word for it), so only the bands they touch are compared.
    /// </summary>
    public void Convert(ReadOnlySpan<byte> bgra, byte[] i420, IReadOnlyList<(int Top, int Bottom)>? changedRows = null)
    {
        if (bgra.Length < _lastBgra.Length) throw new ArgumentException("source too small");
        var stride = _width * 4;
        var changed = false;
        for (var band = 0; band < _bands; band++)
        {
            if (_version > 0 && changedRows is not null && !Touches(changedRows, band * BandRows, (band + 1) * BandRows)) continue;
            BandsCompared++;
            var start = band * BandRows * stride;
            var length = (Math.Min(_height, (band + 1) * BandRows) - band * BandRows) * stride;
            var now = bgra.Slice(start, length);
            var before = _lastBgra.AsSpan(start, length);
            if (_version > 0 && now.SequenceEqual(before)) continue;
            now.CopyTo(before);
            _bandVersion[band] = _version + 1;
            changed = true;
        }
        if (changed) _version++;
        Repeat(i420);
    }

    private static bool Touches(IReadOnlyList<(int Top, int Bottom)> rows, int top, int bottom)
    {
        foreach (var (t, b) in rows)
            if (t < bottom && b > top && t < b) return true;
        return false;
    }

    /// <summary>Brings <paramref name="i420"/> to the last frame given to <see cref="Convert"/> (an unchanged frame encoded again).</summary>
    public void Repeat(byte[] i420)
    {
        if (_version == 0) throw new InvalidOperationException("no frame converted yet");
        var held = _held.GetValueOrDefault(i420, 0);
        // Consecutive stale bands are converted as one range (one parallel pass over a large change).
        var band = 0;
        while (band < _bands)
        {
            if (_bandVersion[band] <= held) { band++; continue; }
            var end = band + 1;
            while (end < _bands && _bandVersion[end] > held) end++;
            var firstRow = band * BandRows;
            var endRow = Math.Min(_height, end * BandRows);
            Yuv420Converter.ConvertRows(_lastBgra, _width, _height, i420, firstRow, endRow);
            RowsConverted += endRow - firstRow;
            band = end;
        }
        _held[i420] = _version;
    }
}
