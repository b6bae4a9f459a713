namespace AnimPlatform.Core.Narration;

/// <summary>A text-to-speech engine: one piece of text in, mono PCM out (any sample rate; silence at the ends allowed).</summary>
public interface ISpeechSynthesizer
{
    SpeechVoice Voice { get; }

    /// <exception cref="NarrationException">The engine is missing or failed; the message says what to do.</exception>
    Task<PcmAudio> SynthesizeAsync(string text, CancellationToken cancellationToken);
}
