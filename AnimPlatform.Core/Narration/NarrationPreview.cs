namespace AnimPlatform.Core.Narration;

/// <summary>
/// A manifest prepared for a narrated preview: its key (the SHA-256 of the manifest text, lower-case hex), the show
/// timed as the MP4 times it (padding and waits for speech included), and the narration track as a WAV file
/// (null when no scene has anything to say).
/// </summary>
/// <param name="Seconds">The track's length: the video's frames at <see cref="NarrationPreviewService.Fps"/>.</param>
public sealed record NarrationPreview(string Key, NarratedShow Prepared, byte[]? Wav, double Seconds)
{
    public bool HasAudio => Wav is not null;
}
