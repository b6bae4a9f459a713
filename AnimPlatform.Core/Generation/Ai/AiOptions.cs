using Microsoft.Extensions.Configuration;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Which AI provider to use and how patiently. Read from configuration keys that match the environment
/// variables: GEMINI_API_KEY / GEMINI_MODEL, AI_ENDPOINT / AI_API_KEY / AI_MODEL, OLLAMA_URL / OLLAMA_MODEL,
/// AI_TIMEOUT_SECONDS, AI_MAX_ATTEMPTS. Gemini wins when its key is set, then a generic endpoint, then Ollama.
/// </summary>
public sealed class AiOptions
{
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

    /// <summary>Time one request may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Requests in total (first try included) when the provider answers 429 or 5xx.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Wait before the first retry; doubled for each further retry (a Retry-After header wins).</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on the reply's tokens; null leaves the provider's default (not every compatible server accepts the field).</summary>
    public int? MaxOutputTokens { get; set; }

    public double Temperature { get; set; } = 0.4;

    /// <summary>The provider these options select, or null when none is configured.</summary>
    public AiProvider? ResolveProvider()
    {
        if (!string.IsNullOrWhiteSpace(GeminiApiKey))
            return new AiProvider("gemini", new Uri(GeminiEndpoint), GeminiApiKey!, GeminiModel);
        if (!string.IsNullOrWhiteSpace(Endpoint))
            return new AiProvider("openai-compatible", new Uri(Endpoint!), string.IsNullOrWhiteSpace(ApiKey) ? "none" : ApiKey!,
                string.IsNullOrWhiteSpace(Model) ? "gpt-4o-mini" : Model!);
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

    /// <summary>
    /// Reads the options. Invalid values are collected in <paramref name="problems"/> (each names its
    /// variable) and left at their defaults; without a list, the first problem throws.
    /// </summary>
    public static AiOptions FromConfiguration(IConfiguration configuration, List<string>? problems = null)
    {
        void Problem(string message)
        {
            if (problems is null) throw new InvalidOperationException(message);
            problems.Add(message);
        }
        string? Get(string key) => configuration[key] is { Length: > 0 } v ? v.Trim() : configuration[$"AnimPlatform:Ai:{key}"] is { Length: > 0 } s ? s.Trim() : null;
        var o = new AiOptions
        {
            GeminiApiKey = Get("GEMINI_API_KEY"),
            Endpoint = Get("AI_ENDPOINT"),
            ApiKey = Get("AI_API_KEY"),
            Model = Get("AI_MODEL"),
            OllamaUrl = Get("OLLAMA_URL"),
        };
        if (Get("GEMINI_MODEL") is { } gm) o.GeminiModel = gm;
        if (Get("GEMINI_ENDPOINT") is { } ge) o.GeminiEndpoint = ge;
        if (Get("OLLAMA_MODEL") is { } om) o.OllamaModel = om;
        if (Get("AI_TIMEOUT_SECONDS") is { } ts)
        {
            if (double.TryParse(ts, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var sec) && sec > 0 && sec <= 3600)
                o.Timeout = TimeSpan.FromSeconds(sec);
            else Problem($"AI_TIMEOUT_SECONDS must be a number of seconds between 1 and 3600 (got \"{ts}\")");
        }
        if (Get("AI_MAX_ATTEMPTS") is { } ma)
        {
            if (int.TryParse(ma, out var n) && n is >= 1 and <= 10) o.MaxAttempts = n;
            else Problem($"AI_MAX_ATTEMPTS must be a whole number between 1 and 10 (got \"{ma}\")");
        }
        foreach (var (name, value) in new[] { ("AI_ENDPOINT", o.Endpoint), ("OLLAMA_URL", o.OllamaUrl), ("GEMINI_ENDPOINT", (string?)o.GeminiEndpoint) })
        {
            if (value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")) continue;
            Problem($"{name} must be an http(s) URL such as http://127.0.0.1:11434 (got \"{value}\")");
            if (name == "AI_ENDPOINT") o.Endpoint = null;
            if (name == "OLLAMA_URL") o.OllamaUrl = null;
            if (name == "GEMINI_ENDPOINT") o.GeminiEndpoint = DefaultGeminiEndpoint;
        }
        return o;
    }

    /// <summary>Problems with the AI settings, for a start-up check (empty when fine or not configured).</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var problems = new List<string>();
        FromConfiguration(configuration, problems);
        return problems;
    }
}
