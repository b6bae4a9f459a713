using System.Globalization;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// How narration is spoken and cached. A plain POCO so it binds from configuration
/// (<c>services.Configure&lt;NarrationOptions&gt;(config.GetSection("Narration"))</c>) or from the environment
/// (<see cref="FromEnvironment"/>).
/// </summary>
public sealed class NarrationOptions
{
    public const string Espeak = "espeak";
    public const string OpenAi = "openai";

    /// <summary>"espeak" (offline, the default) or "openai" (an OpenAI-compatible /v1/audio/speech endpoint, espeak-ng as fallback). Env TTS_ENGINE.</summary>
    public string Engine { get; set; } = Espeak;

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

    /// <summary>
    /// The defaults overridden by TTS_ENGINE, ESPEAK_VOICE, TTS_WPM, SPEECH_CACHE_DIR, AI_ENDPOINT, AI_API_KEY,
    /// TTS_MODEL and TTS_VOICE when they are set.
    /// </summary>
    public static NarrationOptions FromEnvironment(Func<string, string?>? read = null)
    {
        var o = new NarrationOptions();
        o.ApplyEnvironment(read);
        return o;
    }

    /// <summary>Overrides these settings with the environment variables that are set (see <see cref="FromEnvironment"/>).</summary>
    public void ApplyEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        if (Value("TTS_ENGINE") is { } engine) Engine = engine.ToLowerInvariant();
        if (Value("ESPEAK_VOICE") is { } voice) Voice = voice;
        if (Value("TTS_WPM") is { } wpm)
            WordsPerMinute = int.TryParse(wpm, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1; // -1 fails Validate
        if (Value("SPEECH_CACHE_DIR") is { } dir) CacheDir = dir;
        if (Value("SPEECH_CACHE_MB") is { } mb)
            CacheMaxMegabytes = int.TryParse(mb, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : -1; // -1 fails Validate
        if (Value("AI_ENDPOINT") is { } endpoint) OpenAiEndpoint = endpoint;
        if (Value("AI_API_KEY") is { } key) OpenAiApiKey = key;
        if (Value("TTS_MODEL") is { } model) OpenAiModel = model;
        if (Value("TTS_VOICE") is { } openAiVoice) OpenAiVoice = openAiVoice;

        string? Value(string name) => read(name) is { } v && v.Trim().Length > 0 ? v.Trim() : null;
    }

    /// <summary>One readable message per unusable setting (empty when all are fine).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Engine is not (Espeak or OpenAi)) problems.Add($"TTS_ENGINE must be \"{Espeak}\" or \"{OpenAi}\", got \"{Engine}\"");
        if (WordsPerMinute is < 80 or > 450) problems.Add($"TTS_WPM must be between 80 and 450, got {WordsPerMinute}");
        if (string.IsNullOrWhiteSpace(Voice)) problems.Add("ESPEAK_VOICE must not be empty");
        if (string.IsNullOrWhiteSpace(CacheDir)) problems.Add("SPEECH_CACHE_DIR must not be empty");
        if (CacheMaxMegabytes is < 1 or > 1_000_000) problems.Add($"SPEECH_CACHE_MB must be a whole number between 1 and 1000000, got {CacheMaxMegabytes}");
        if (Engine == OpenAi && string.IsNullOrWhiteSpace(OpenAiEndpoint)) problems.Add("TTS_ENGINE=openai needs AI_ENDPOINT");
        if (ChunkGapSeconds is < 0 or > 5) problems.Add("ChunkGapSeconds must be between 0 and 5");
        if (MaxPaddingSeconds is < 0 or > 600) problems.Add("MaxPaddingSeconds must be between 0 and 600");
        if (MaxParallelSynthesis is < 1 or > 32) problems.Add("MaxParallelSynthesis must be between 1 and 32");
        return problems;
    }
}
