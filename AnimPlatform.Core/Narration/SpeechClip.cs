namespace AnimPlatform.Core.Narration;

/// <summary>
/// One spoken chunk, trimmed so it starts and ends with speech, at <see cref="PcmAudio.StandardRate"/>.
/// <see cref="Warning"/> is set when a fallback voice had to speak it.
/// </summary>
public sealed record SpeechClip(string Text, SpeechVoice Voice, PcmAudio Audio, bool FromCache, string? Warning = null)
{
    public double Seconds => Audio.Seconds;
}
