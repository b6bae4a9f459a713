namespace AnimPlatform.Core.Narration;

/// <summary>
/// Speaks one chunk of text: from the cache when it was spoken before, else by the first engine of the chain
/// that works (the configured one, then the offline espeak-ng voice as fallback). Clips are normalised to
/// <see cref="PcmAudio.StandardRate"/> and trimmed to their speech before they are cached.
/// </summary>
public sealed class SpeechService
{
    private static readonly TimeSpan RetryPrimaryAfter = TimeSpan.FromMinutes(2);
    private readonly IReadOnlyList<ISpeechSynthesizer> _chain;
    private readonly long[] _downUntil; // UTC ticks until which engine i is skipped

    public SpeechService(IReadOnlyList<ISpeechSynthesizer> chain, SpeechCache cache)
    {
        if (chain.Count == 0) throw new ArgumentException("at least one speech engine is needed", nameof(chain));
        _chain = chain;
        _downUntil = new long[chain.Count];
        Cache = cache;
    }

    public SpeechCache Cache { get; }
    public IReadOnlyList<ISpeechSynthesizer> Engines => _chain;

    /// <summary>The configured engine with espeak-ng behind it when the engine is "openai".</summary>
    public static SpeechService Create(NarrationOptions options, HttpClient? http = null)
    {
        if (options.Problems().ToList() is { Count: > 0 } problems) throw new NarrationException("narration settings: " + string.Join("; ", problems));
        var espeak = new EspeakSynthesizer(options);
        IReadOnlyList<ISpeechSynthesizer> chain = options.Engine == NarrationOptions.OpenAi
            ? [new OpenAiSpeechSynthesizer(options, http ?? SharedHttp.Value), espeak]
            : [espeak];
        return new SpeechService(chain, new SpeechCache(options.CacheDir, options.CacheMaxMegabytes * 1024L * 1024L));
    }

    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    public async Task<SpeechClip> SpeakAsync(string text, CancellationToken cancellationToken)
    {
        text = SpeechCache.NormalizeText(text);
        string? warning = null;
        NarrationException? last = null;
        for (var i = 0; i < _chain.Count; i++)
        {
            var engine = _chain[i];
            if (Cache.TryGet(engine.Voice, text) is { } cached)
                return new SpeechClip(text, engine.Voice, cached, FromCache: true, warning);
            var isLast = i == _chain.Count - 1;
            if (!isLast && DateTime.UtcNow.Ticks < Interlocked.Read(ref _downUntil[i]))
            {
                warning ??= $"{engine.Voice.Engine} speech failed recently; using {_chain[i + 1].Voice.Engine} instead";
                continue;
            }
            try
            {
                var raw = await engine.SynthesizeAsync(text, cancellationToken).ConfigureAwait(false);
                var clip = raw.Resample(PcmAudio.StandardRate).TrimSilence();
                Cache.Put(engine.Voice, text, clip);
                return new SpeechClip(text, engine.Voice, clip, FromCache: false, warning);
            }
            catch (Exception ex) when (ex is NarrationException or InvalidDataException or IOException)
            {
                last = ex as NarrationException ?? new NarrationException($"{engine.Voice.Engine} produced unusable audio: {ex.Message}", ex);
                if (isLast) throw last;
                Interlocked.Exchange(ref _downUntil[i], (DateTime.UtcNow + RetryPrimaryAfter).Ticks);
                warning = $"{engine.Voice.Engine} speech failed ({last.Message}); using {_chain[i + 1].Voice.Engine} instead";
            }
        }
        throw last ?? new NarrationException("no speech engine could speak the narration");
    }
}
