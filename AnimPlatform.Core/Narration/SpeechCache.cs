using System.Security.Cryptography;
using System.Text;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Synthesized clips on disk, one WAV per (engine, voice, speed, text), named by the SHA-256 of that tuple,
/// so re-renders and previews never synthesize the same sentence twice. Writes go to a temporary name and are
/// moved into place, so concurrent renders and crashes never leave a half-written clip under a real name.
/// <para>
/// The folder is bounded: when a new clip takes it past <see cref="MaxBytes"/>, the least recently used
/// clips (by last-write time, which a cache hit refreshes) are removed until it is back under 90 % of it.
/// </para>
/// </summary>
public sealed class SpeechCache(string directory, long maxBytes = SpeechCache.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    // Bump when the stored form of a clip changes (trimming, rate), so old entries are not reused.
    private const string FormatVersion = "clip-v1";

    private readonly Lock _sizeLock = new();
    private long? _knownBytes; // null until the folder was measured once

    public string Directory { get; } = Path.GetFullPath(directory);

    public long MaxBytes { get; } = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));

    public static string NormalizeText(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public string PathFor(SpeechVoice voice, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{FormatVersion}\n{voice.Key}\n{NormalizeText(text)}"));
        return Path.Combine(Directory, Convert.ToHexStringLower(hash) + ".wav");
    }

    public PcmAudio? TryGet(SpeechVoice voice, string text)
    {
        var path = PathFor(voice, text);
        if (!File.Exists(path)) return null;
        try
        {
            var audio = WavFile.Read(path);
            Touch(path);
            return audio;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            TryDelete(path); // unreadable entry: synthesize again
            return null;
        }
    }

    public void Put(SpeechVoice voice, string text, PcmAudio audio)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(voice, text);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            WavFile.Write(temp, audio);
            var added = new FileInfo(temp).Length;
            File.Move(temp, path, overwrite: true);
            Added(added);
        }
        catch (IOException)
        {
            // A full disk or a read-only cache must not fail the render: the clip is simply not cached.
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>Bytes the clips take now (measured on disk).</summary>
    public long MeasureBytes() => Clips().Sum(f => f.Length);

    private void Added(long bytes)
    {
        lock (_sizeLock)
        {
            _knownBytes = (_knownBytes ?? MeasureBytes() - bytes) + bytes;
            if (_knownBytes <= MaxBytes) return;
            _knownBytes = Evict(MaxBytes * 9 / 10);
        }
    }

    /// <summary>Removes the least recently used clips until the folder holds at most <paramref name="target"/> bytes.</summary>
    private long Evict(long target)
    {
        var clips = Clips().OrderBy(f => f.LastWriteTimeUtc).ToList();
        var total = clips.Sum(f => f.Length);
        foreach (var clip in clips)
        {
            if (total <= target) break;
            if (TryDelete(clip.FullName)) total -= clip.Length;
        }
        return total;
    }

    private IEnumerable<FileInfo> Clips()
    {
        var dir = new DirectoryInfo(Directory);
        return dir.Exists ? dir.EnumerateFiles("*.wav") : [];
    }

    private static void Touch(string path)
    {
        try { File.SetLastWriteTimeUtc(path, DateTime.UtcNow); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
