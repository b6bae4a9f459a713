using AnimPlatform.Core.Configuration;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Which AI provider to use and how patiently: section <c>AnimPlatform:Ai</c> of appsettings, overridden by
/// the environment variables of <see cref="Section"/> (GEMINI_API_KEY / GEMINI_MODEL, AI_ENDPOINT / AI_API_KEY /
/// AI_MODEL, OLLAMA_URL / OLLAMA_MODEL, AI_TIMEOUT_SECONDS, AI_MAX_ATTEMPTS). Gemini wins when its key is set,
/// then a generic endpoint, then Ollama.
/// </summary>
public sealed class AiOptions : ISettings
{
    public static SettingsSection Section { get; } = new("AnimPlatform:Ai", new Dictionary<string, string>
    {
        ["GEMINI_API_KEY"] = nameof(GeminiApiKey),
        ["GEMINI_MODEL"] = nameof(GeminiModel),
        ["GEMINI_ENDPOINT"] = nameof(GeminiEndpoint),
        ["AI_ENDPOINT"] = nameof(Endpoint),
        ["AI_API_KEY"] = nameof(ApiKey),
        ["AI_MODEL"] = nameof(Model),
        ["OLLAMA_URL"] = nameof(OllamaUrl),
        ["OLLAMA_MODEL"] = nameof(OllamaModel),
        ["AI_TIMEOUT_SECONDS"] = nameof(TimeoutSeconds),
        ["AI_MAX_ATTEMPTS"] = nameof(MaxAttempts),
        ["AI_JSON_SCHEMA"] = nameof(JsonSchema),
    });

    public const string DefaultGeminiModel = "gemini-2.5-flash";
    public const string DefaultGeminiEndpoint = "https://generativelanguage.googleapis.com/v1beta/openai/";
    public const string DefaultOllamaModel = "llama3.1";

    public string? GeminiApiKey { get; set; }
    public string GeminiModel { get; set; } = DefaultGeminiModel;
    public string GeminiEndpoint { get; set; } = DefaultGeminiEndpoint;

    public string? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string? Model { get; set; }

    public string? OllamaUrl { get; set; }
    public string OllamaModel { get; set; } = DefaultOllamaModel;

    /// <summary>Seconds one request may take before it is abandoned (env AI_TIMEOUT_SECONDS).</summary>
    public double TimeoutSeconds { get; set; } = 120;

    /// <summary><see cref="TimeoutSeconds"/> as a time span.</summary>
    public TimeSpan Timeout { get => TimeSpan.FromSeconds(TimeoutSeconds); set => TimeoutSeconds = value.TotalSeconds; }

    /// <summary>Requests in total (first try included) when the provider answers 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Wait before the first retry; doubled for each further retry (a Retry-After header wins).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on the reply's tokens; null leaves the provider's default (not every compatible server accepts the field).</summary>
    public int? MaxOutputTokens { get; set; }

    public double Temperature { get; set; } = 0.4;

    /// <summary>
    /// Whether the generic endpoint (AI_ENDPOINT) is asked for a JSON schema response format (env AI_JSON_SCHEMA);
    /// false falls back to plain JSON mode for servers that refuse schemas. Gemini and Ollama always get the schema.
    /// </summary>
    public bool JsonSchema { get; set; } = true;

    /// <summary>The provider these options select, or null when none is configured.</summary>
    public AiProvider? ResolveProvider()
    {
        if (!string.IsNullOrWhiteSpace(GeminiApiKey))
            return new AiProvider("gemini", new Uri(GeminiEndpoint), GeminiApiKey!, GeminiModel);
        if (!string.IsNullOrWhiteSpace(Endpoint))
            return new AiProvider("openai-compatible", new Uri(Endpoint!), string.IsNullOrWhiteSpace(ApiKey) ? "none" : ApiKey!,
                string.IsNullOrWhiteSpace(Model) ? "gpt-4o-mini" : Model!, JsonSchema);
        if (!string.IsNullOrWhiteSpace(OllamaUrl))
        {
            var url = OllamaUrl!.TrimEnd('/');
            if (!url.EndsWith("/v1", StringComparison.Ordinal)) url += "/v1";
            return new AiProvider("ollama", new Uri(url), "ollama", OllamaModel);
        }
        return null;
    }

    /// <summary>What to tell a user when no provider is configured.</summary>
    public const string NotConfiguredMessage =
        "No AI provider is configured. Set GEMINI_API_KEY (Gemini), or AI_ENDPOINT + AI_API_KEY + AI_MODEL (any OpenAI-compatible server), " +
        "or OLLAMA_URL (+ OLLAMA_MODEL) and restart. The built-in generators work without one.";

    /// <summary>One message per unusable value, naming its variable (empty when fine or not configured).</summary>
    public IEnumerable<string> Problems()
    {
        if (TimeoutSeconds is <= 0 or > 3600)
            yield return $"{Section.Name(nameof(TimeoutSeconds))} must be a number of seconds between 1 and 3600; got {TimeoutSeconds}.";
        if (MaxAttempts is < 1 or > 10)
            yield return $"{Section.Name(nameof(MaxAttempts))} must be a whole number between 1 and 10; got {MaxAttempts}.";
        foreach (var (property, value) in new[] { (nameof(Endpoint), Endpoint), (nameof(OllamaUrl), OllamaUrl), (nameof(GeminiEndpoint), (string?)GeminiEndpoint) })
        {
            if (value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")) continue;
            yield return $"{Section.Name(property)} must be an http(s) URL such as http://127.0.0.1:11434; got \"{value}\".";
        }
    }
}
