using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Narration;

/// <summary>A speech engine without a process: a tone of <see cref="SecondsPerWord"/> per word (with silent ends, like a real engine), counting its calls.</summary>
public sealed class FakeSynthesizer(string engine = "fake", double secondsPerWord = 0.3) : ISpeechSynthesizer
{
    private int _calls;

    public SpeechVoice Voice { get; } = new(engine, "tone", 1);
    public double SecondsPerWord => secondsPerWord;
    public int Calls => _calls;
    public Exception? FailWith { get; set; }

    public Task<PcmAudio> SynthesizeAsync(string text, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (FailWith is not null) throw FailWith;
        return Task.FromResult(Tone(SubtitleChunker.Words(text) * secondsPerWord, 16000));
    }

    /// <summary>0.2 s of silence, a 440 Hz tone of the given length, 0.2 s of silence.</summary>
    public static PcmAudio Tone(double seconds, int rate)
    {
        var pad = (int)(0.2 * rate);
        var n = (int)Math.Round(seconds * rate);
        var samples = new short[pad + n + pad];
        for (var i = 0; i < n; i++) samples[pad + i] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / rate));
        return new PcmAudio(samples, rate);
    }
}
