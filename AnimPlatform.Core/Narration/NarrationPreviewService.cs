using System.Security.Cryptography;
using System.Text;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Pipeline;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// The narration of the Generate page's preview: for a manifest, the same preparation a narrated render does
/// (<see cref="VideoPipeline.PrepareAsync"/>: speech from the clip cache or the engine, padding, waits) and the
/// same track (<see cref="NarrationTrack"/>, as long as the video's frames), written as a WAV file. Results are
/// kept by the manifest's hash (<see cref="NarrationPreviewCache"/>), so the page's audio element can fetch the
/// track by that key and an unchanged manifest is never prepared twice.
/// </summary>
public sealed class NarrationPreviewService(VideoPipeline pipeline, NarrationPreviewCache cache)
{
    /// <summary>The preview's frame rate, which the track's length is rounded to (the preview draws at this rate).</summary>
    public const int Fps = ShowDocument.FramesPerSecond;

    public NarrationPreviewCache Cache { get; } = cache;

    /// <summary>The key of a manifest text: its SHA-256 as 64 lower-case hex digits.</summary>
    public static string KeyOf(string manifest) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest)));

    /// <summary>Whether <paramref name="key"/> has the form of a key (64 lower-case hex digits).</summary>
    public static bool IsKey(string? key) => key is { Length: 64 } && key.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>The prepared preview of <paramref name="manifest"/> (from the cache when it was prepared before).</summary>
    /// <exception cref="ArgumentException">the manifest is not valid</exception>
    /// <exception cref="NarrationException">no speech engine could speak it (espeak-ng missing, narration too long, …)</exception>
    public async Task<NarrationPreview> PrepareAsync(string manifest, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(manifest);
        if (Cache.TryGet(key) is { } cached) return cached;
        var document = ManifestPipeline.LoadText(manifest, cancellationToken: cancellationToken);
        if (!document.IsValid)
            throw new ArgumentException("the manifest is not valid: " + string.Join("; ", document.Errors.Take(3).Select(e => $"{e.Path}: {e.Message}")), nameof(manifest));
        var prepared = await pipeline.PrepareAsync(document.Show, NarrationRequest.On(SubtitleMode.None), cancellationToken: cancellationToken).ConfigureAwait(false);
        // As the MP4: the audio lasts exactly as long as the video stream, frames × frame duration.
        var seconds = (double)prepared.Compiled.FrameCount(Fps) / Fps;
        byte[]? wav = null;
        if (prepared.HasAudio)
        {
            var track = NarrationTrack.Build(prepared.Compiled, prepared.Plan!, seconds);
            using var stream = new MemoryStream(44 + track.Samples.Length * 2);
            WavFile.Write(stream, track);
            wav = stream.ToArray();
        }
        var preview = new NarrationPreview(key, prepared, wav, seconds);
        Cache.Put(preview);
        return preview;
    }

    /// <summary>The WAV of a prepared preview, or null when <paramref name="key"/> is unknown (never prepared, or dropped) or silent.</summary>
    public byte[]? WavFor(string key) => Cache.TryGet(key)?.Wav;
}
