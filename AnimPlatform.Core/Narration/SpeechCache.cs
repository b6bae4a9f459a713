using System.Security.Cryptography;
using System.Text;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Synthesized clips on disk, one WAV per (engine, voice, speed, text), named by the SHA-256 of that tuple,
/// so re-renders and previews never synthesize the same sentence twice. Writes go to a temporary name and are
/// moved into place, so concurrent renders and crashes never leave a half-written clip under a real name.
/// </summary>
public sealed class SpeechCache(string directory)
{
    // Bump when the stored form of a clip changes (trimming, rate), so old entries are not reused.
    private const string FormatVersion = "clip-v1";

    public string Directory { get; } = Path.GetFullPath(directory);

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
            return WavFile.Read(path);
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
            File.Move(temp, path, overwrite: true);
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

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
