using System.Buffers.Binary;

namespace AnimPlatform.Core.Narration;

/// <summary>Reads and writes RIFF/WAVE files of 16-bit PCM (mono, or stereo mixed down to mono on reading).</summary>
public static class WavFile
{
    public static PcmAudio Read(string path) => Read(File.ReadAllBytes(path));

    public static PcmAudio Read(ReadOnlySpan<byte> wav)
    {
        var (rate, channels, bits, dataOffset, dataLength) = ReadHeader(wav);
        if (bits != 16) throw new InvalidDataException($"only 16-bit PCM WAV is supported, got {bits}-bit");
        var frames = dataLength / (2 * channels);
        var samples = new short[frames];
        var data = wav.Slice(dataOffset, frames * 2 * channels);
        for (var i = 0; i < frames; i++)
        {
            var sum = 0;
            for (var c = 0; c < channels; c++) sum += BinaryPrimitives.ReadInt16LittleEndian(data.Slice((i * channels + c) * 2, 2));
            samples[i] = (short)(sum / channels);
        }
        return new PcmAudio(samples, rate);
    }

    public static void Write(string path, PcmAudio audio)
    {
        using var stream = File.Create(path);
        Write(stream, audio);
    }

    public static void Write(Stream stream, PcmAudio audio)
    {
        var dataBytes = audio.Samples.Length * 2;
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), 36 + dataBytes);
        "WAVE"u8.CopyTo(header.AsSpan(8));
        "fmt "u8.CopyTo(header.AsSpan(12));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), audio.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), audio.SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), 16);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(40), dataBytes);
        stream.Write(header);
        var buffer = new byte[64 * 1024];
        for (var i = 0; i < audio.Samples.Length;)
        {
            var n = Math.Min(buffer.Length / 2, audio.Samples.Length - i);
            for (var k = 0; k < n; k++) BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(k * 2), audio.Samples[i + k]);
            stream.Write(buffer, 0, n * 2);
            i += n;
        }
    }

    /// <summary>Walks the RIFF chunks to "fmt " and "data". A streamed file may declare a data size of 0 or 0xFFFFFFFF: the rest of the file is used.</summary>
    private static (int Rate, int Channels, int Bits, int DataOffset, int DataLength) ReadHeader(ReadOnlySpan<byte> wav, long? fileLength = null)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new InvalidDataException("not a WAV file");
        var total = fileLength ?? wav.Length;
        int rate = 0, channels = 0, bits = 0;
        var pos = 12;
        while (pos + 8 <= wav.Length)
        {
            var id = wav.Slice(pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(pos + 4, 4));
            var body = pos + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                var format = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body, 2));
                channels = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 2, 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(wav.Slice(body + 4, 4));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 14, 2));
                if (format is not (1 or 0xFFFE)) throw new InvalidDataException($"WAV format {format} is not PCM");
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (rate <= 0 || channels <= 0) throw new InvalidDataException("WAV data before its format");
                var available = total - body;
                var length = size is 0 or uint.MaxValue || size > available ? available : size;
                return (rate, channels, bits, body, (int)Math.Min(length, int.MaxValue));
            }
            pos = body + (int)size + (int)(size & 1);
        }
        throw new InvalidDataException("WAV file has no data chunk");
    }
}
