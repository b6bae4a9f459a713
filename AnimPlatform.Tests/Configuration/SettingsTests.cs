using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Options;

namespace AnimPlatform.Tests.Configuration;

/// <summary>One options path: every section bound from appsettings and the environment, all checked at start by name.</summary>
[Trait("Category", TestCategory.Unit)]
public class SettingsTests
{
    [Fact]
    public void An_out_of_range_speaking_rate_is_reported_by_its_variable()
    {
        var message = SettingsProbe.StartupMessage(new Dictionary<string, string?> { ["TTS_WPM"] = "9999" });
        Assert.NotNull(message);
        Assert.StartsWith("Invalid AnimPlatform configuration:", message);
        Assert.Contains("TTS_WPM (AnimPlatform:Narration:WordsPerMinute) must be between 80 and 450", message);
        Assert.DoesNotContain("   at ", message); // no stack trace
    }

    [Fact]
    public void Every_bad_value_of_every_section_is_reported_at_once()
    {
        var message = SettingsProbe.StartupMessage(new Dictionary<string, string?>
        {
            ["PORT"] = "0",
            ["VIDEO_RETENTION_DAYS"] = "a week",
            ["AI_MAX_ATTEMPTS"] = "many",
            ["AI_ENDPOINT"] = "not a url",
            ["TTS_ENGINE"] = "cloud",
            ["SPEECH_CACHE_MB"] = "lots",
        })!;
        var lines = message.Split('\n').Skip(1).Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("- PORT (AnimPlatform:Port) must be between 1 and 65535"));
        Assert.Contains(lines, l => l.StartsWith("- VIDEO_RETENTION_DAYS (AnimPlatform:VideoRetentionDays) must be a whole number; got 'a week'"));
        Assert.Contains(lines, l => l.StartsWith("- AI_MAX_ATTEMPTS (AnimPlatform:Ai:MaxAttempts) must be a whole number; got 'many'"));
        Assert.Contains(lines, l => l.StartsWith("- AI_ENDPOINT (AnimPlatform:Ai:Endpoint) must be an http(s) URL"));
        Assert.Contains(lines, l => l.StartsWith("- TTS_ENGINE (AnimPlatform:Narration:Engine) must be \"espeak\" or \"openai\""));
        Assert.Contains(lines, l => l.StartsWith("- SPEECH_CACHE_MB (AnimPlatform:Narration:CacheMaxMegabytes) must be a whole number; got 'lots'"));
        Assert.Equal(6, lines.Count);
    }

    [Fact]
    public void Good_values_start_the_app()
    {
        Assert.Null(SettingsProbe.StartupMessage(new Dictionary<string, string?> { ["TTS_WPM"] = "200", ["AI_TIMEOUT_SECONDS"] = "30", ["PORT"] = "6000" }));
    }

    [Fact]
    public void Appsettings_set_every_section_and_the_environment_wins()
    {
        var appsettings = new Dictionary<string, string?>
        {
            ["AnimPlatform:Narration:WordsPerMinute"] = "200",
            ["AnimPlatform:Narration:Voice"] = "en-gb",
            ["AnimPlatform:Ai:OllamaUrl"] = "http://127.0.0.1:11434",
            ["AnimPlatform:Ai:TimeoutSeconds"] = "15",
            ["AnimPlatform:MaxConcurrentRenders"] = "3",
        };
        var environment = new Dictionary<string, string?> { ["ESPEAK_VOICE"] = " en-us ", ["AI_MAX_ATTEMPTS"] = "2" };

        var narration = SettingsProbe.Value<NarrationOptions>(environment, appsettings);
        Assert.Equal((200, "en-us"), (narration.WordsPerMinute, narration.Voice));
        var ai = SettingsProbe.Value<AiOptions>(environment, appsettings);
        Assert.Equal((TimeSpan.FromSeconds(15), 2, "ollama"), (ai.Timeout, ai.MaxAttempts, ai.ResolveProvider()?.Name));
        Assert.Equal(3, SettingsProbe.Value<AnimPlatformOptions>(environment, appsettings).MaxConcurrentRenders);
    }

    [Fact]
    public void A_variable_shared_by_two_sections_sets_both()
    {
        var environment = new Dictionary<string, string?> { ["AI_ENDPOINT"] = "http://127.0.0.1:9/v1", ["AI_API_KEY"] = "k" };
        Assert.Equal("http://127.0.0.1:9/v1", SettingsProbe.Value<AiOptions>(environment).Endpoint);
        var narration = SettingsProbe.Value<NarrationOptions>(environment);
        Assert.Equal(("http://127.0.0.1:9/v1", "k"), (narration.OpenAiEndpoint, narration.OpenAiApiKey));
    }

    [Fact]
    public void A_short_token_is_refused_without_repeating_it()
    {
        var message = SettingsProbe.StartupMessage(new Dictionary<string, string?> { ["ACCESS_TOKEN"] = "short" })!;
        Assert.Contains("ACCESS_TOKEN", message);
        Assert.DoesNotContain("short", message.Replace("at least", ""));
    }
}
