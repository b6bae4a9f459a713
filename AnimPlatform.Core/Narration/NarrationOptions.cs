using AnimPlatform.Core.Configuration;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// How narration is spoken and cached: section <c>AnimPlatform:Narration</c> of appsettings, overridden by the
/// environment variables of <see cref="Section"/> (TTS_ENGINE, ESPEAK_VOICE, TTS_WPM, …).
/// </summary>
public sealed class NarrationOptions : ISettings
{
    public const string Espeak = "espeak";
    public const string OpenAi = "openai";

    public static SettingsSection Section { get; } = new("AnimPlatform:Narration", new Dictionary<string, string>
    {
        ["TTS_ENGINE"] = nameof(Engine),
        ["ESPEAK_VOICE"] = nameof(Voice),
        ["TTS_WPM"] = nameof(WordsPerMinute),
        ["SPEECH_CACHE_DIR"] = nameof(CacheDir),
        ["SPEECH_CACHE_MB"] = nameof(CacheMaxMegabytes),
        ["AI_ENDPOINT"] = nameof(OpenAiEndpoint),
        ["AI_API_KEY"] = nameof(OpenAiApiKey),
        ["TTS_MODEL"] = nameof(OpenAiModel),
        ["TTS_VOICE"] = nameof(OpenAiVoice),
    });

    /// <summary>"espeak" (offline, the default) or "openai" (an OpenAI-compatible /v1/audio/speech endpoint, espeak-ng as fallback). Env TTS_ENGINE.</summary>
    public string Engine { get => _engine; set => _engine = value.Trim().ToLowerInvariant(); }
    private string _engine = Espeak;

    /// <summary>espeak-ng voice (<c>espeak-ng --voices</c>). Env ESPEAK_VOICE.</summary>
    public string Voice { get; set; } = "en-us";

    /// <summary>Speaking rate of espeak-ng in words per minute (80–450); the OpenAI speed is this / 160. Env TTS_WPM.</summary>
    public int WordsPerMinute { get; set; } = 160;

    /// <summary>Folder of cached clips, keyed by engine, voice, speed and text. Env SPEECH_CACHE_DIR.</summary>
    public string CacheDir { get; set; } = "./data/speech-cache";

    /// <summary>
    /// Most disk space the clip cache may take, in MB; past it the least recently used clips are removed.
    /// Env SPEECH_CACHE_MB.
    /// </summary>
    public int CacheMaxMegabytes { get; set; } = 256;

    /// <summary>The espeak-ng executable (name on PATH or full path).</summary>
    public string EspeakPath { get; set; } = "espeak-ng";

    /// <summary>Base address of the OpenAI-compatible server, with or without <c>/v1</c>. Env AI_ENDPOINT.</summary>
    public string? OpenAiEndpoint { get; set; }

    /// <summary>Bearer key for the speech endpoint (optional for local servers). Env AI_API_KEY.</summary>
    public string? OpenAiApiKey { get; set; }

    /// <summary>Speech model. Env TTS_MODEL.</summary>
    public string OpenAiModel { get; set; } = "tts-1";

    /// <summary>Speech voice of the endpoint. Env TTS_VOICE.</summary>
    public string OpenAiVoice { get; set; } = "alloy";

    /// <summary>Seconds to wait for one clip from the speech endpoint before falling back to espeak-ng.</summary>
    public double OpenAiTimeoutSeconds { get; set; } = 60;

    /// <summary>Silence between two chunks of one scene's narration (a sentence pause).</summary>
    public double ChunkGapSeconds { get; set; } = 0.4;

    /// <summary>Longest pause added to a scene whose narration outlasts its animation (spec §12.3: 15 s).</summary>
    public double MaxPaddingSeconds { get; set; } = Manifest.NarrationEstimate.MaxPaddingSeconds;

    /// <summary>Clips synthesized at the same time (espeak-ng processes or endpoint requests).</summary>
    public int MaxParallelSynthesis { get; set; } = 4;

    /// <summary>Longest narration (characters, all scenes together) accepted for one video.</summary>
    public int MaxNarrationCharacters { get; set; } = Manifest.ManifestLimits.MaxNarrationCharacters;

    /// <summary>One readable message per unusable setting, naming its variable (empty when all are fine).</summary>
    public IEnumerable<string> Problems()
    {
        string N(string property) => Section.Name(property);
        if (Engine is not (Espeak or OpenAi)) yield return $"{N(nameof(Engine))} must be \"{Espeak}\" or \"{OpenAi}\"; got \"{Engine}\".";
        if (WordsPerMinute is < 80 or > 450) yield return $"{N(nameof(WordsPerMinute))} must be between 80 and 450 words per minute; got {WordsPerMinute}.";
        if (string.IsNullOrWhiteSpace(Voice)) yield return $"{N(nameof(Voice))} must not be empty.";
        if (string.IsNullOrWhiteSpace(CacheDir)) yield return $"{N(nameof(CacheDir))} must not be empty.";
        if (CacheMaxMegabytes is < 1 or > 1_000_000) yield return $"{N(nameof(CacheMaxMegabytes))} must be between 1 and 1000000; got {CacheMaxMegabytes}.";
        if (Engine == OpenAi && string.IsNullOrWhiteSpace(OpenAiEndpoint)) yield return $"TTS_ENGINE=openai needs {N(nameof(OpenAiEndpoint))}.";
        if (OpenAiTimeoutSeconds is <= 0 or > 3600) yield return $"{N(nameof(OpenAiTimeoutSeconds))} must be between 0 and 3600 seconds; got {OpenAiTimeoutSeconds}.";
        if (ChunkGapSeconds is < 0 or > 5) yield return $"{N(nameof(ChunkGapSeconds))} must be between 0 and 5; got {ChunkGapSeconds}.";
        if (MaxPaddingSeconds is < 0 or > 600) yield return $"{N(nameof(MaxPaddingSeconds))} must be between 0 and 600; got {MaxPaddingSeconds}.";
        if (MaxParallelSynthesis is < 1 or > 32) yield return $"{N(nameof(MaxParallelSynthesis))} must be between 1 and 32; got {MaxParallelSynthesis}.";
    }
}
