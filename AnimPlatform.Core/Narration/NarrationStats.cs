namespace AnimPlatform.Core.Narration;

/// <summary>What narrating a show cost: chunks, how many came from the cache, wall-clock seconds spent, seconds of speech.</summary>
public sealed record NarrationStats(int Chunks, int CacheHits, double Seconds, double SpeechSeconds)
{
    public int Synthesized => Chunks - CacheHits;

    /// <summary>Wall-clock seconds of narration work per minute of speech.</summary>
    public double SecondsPerSpeechMinute => SpeechSeconds <= 0 ? 0 : Seconds / (SpeechSeconds / 60);

    public override string ToString() =>
        $"{Chunks} chunk(s), {CacheHits} from cache, {SpeechSeconds:0.0} s of speech in {Seconds:0.00} s";
}
