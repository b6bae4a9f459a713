using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class ShowGenerationServiceTests
{
    private static ShowGenerationService Service(AiOptions? ai = null)
    {
        var catalog = new GeneratorCatalog();
        return new ShowGenerationService(catalog, new TopicMatcher(catalog),
            new AiShowGenerator(Options.Create(ai ?? new AiOptions()), new OpenAiCompatibleChatClientFactory()));
    }

    [Fact]
    public async Task Built_in_generator_is_used_when_the_topic_matches()
    {
        var result = await Service().GenerateAsync(new GenerationRequest("quick sort 5 2 9 1"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(GenerationSource.BuiltIn, result.Source);
        Assert.Equal("quick-sort", result.GeneratorId);
        Assert.Equal("Quick Sort", result.GeneratorTitle);
        Assert.Contains("\"scenes\"", result.ShowJson);
    }

    [Fact]
    public async Task Parse_errors_name_the_prompt_and_the_bad_token()
    {
        var result = await Service().GenerateAsync(new GenerationRequest("quick sort 5 x 1"));
        Assert.False(result.Succeeded);
        Assert.StartsWith("couldn't read the numbers in 'quick sort 5 x 1': 'x' is not a number", result.Error);
        Assert.Equal("quick-sort", result.GeneratorId);
    }

    [Fact]
    public async Task Unmatched_topic_without_AI_says_so_plainly()
    {
        var result = await Service().GenerateAsync(new GenerationRequest("how does TCP congestion control work"));
        Assert.False(result.Succeeded);
        Assert.Contains("No built-in lesson matches", result.Error);
        Assert.Contains("Closest topics:", result.Error);
        Assert.Contains("Settings page", result.Error);
        Assert.DoesNotContain("_API_KEY", result.Error);
        Assert.DoesNotContain("OLLAMA", result.Error);
    }

    [Fact]
    public async Task Asking_for_AI_without_a_provider_fails_clearly()
    {
        var result = await Service().GenerateAsync(new GenerationRequest("bubble sort 3 2 1", GenerationMode.Ai));
        Assert.False(result.Succeeded);
        Assert.Equal(AiOptions.NotConfiguredMessage, result.Error);
        var prefixed = await Service().GenerateAsync(new GenerationRequest("ai: bubble sort"));
        Assert.Equal(AiOptions.NotConfiguredMessage, prefixed.Error);
    }

    [Fact]
    public void Provider_selection_prefers_gemini_then_endpoint_then_ollama()
    {
        AiProvider? Resolve(Dictionary<string, string?> values) =>
            AnimPlatform.Tests.Configuration.SettingsProbe.Value<AiOptions>(values).ResolveProvider();

        Assert.Null(Resolve([]));
        var gemini = Resolve(new() { ["GEMINI_API_KEY"] = "k", ["AI_ENDPOINT"] = "http://127.0.0.1:9/v1" })!;
        Assert.Equal("gemini", gemini.Name);
        Assert.Equal("gemini-2.5-flash", gemini.Model);
        Assert.Equal("generativelanguage.googleapis.com", gemini.Endpoint.Host);
        var custom = Resolve(new() { ["AI_ENDPOINT"] = "http://127.0.0.1:9/v1", ["AI_MODEL"] = "m" })!;
        Assert.Equal(("openai-compatible", "m"), (custom.Name, custom.Model));
        var ollama = Resolve(new() { ["OLLAMA_URL"] = "http://127.0.0.1:11434", ["OLLAMA_MODEL"] = "qwen" })!;
        Assert.Equal(("ollama", "qwen", "http://127.0.0.1:11434/v1"), (ollama.Name, ollama.Model, ollama.Endpoint.ToString()));

        var problems = AnimPlatform.Tests.Configuration.SettingsProbe.StartupMessage(new Dictionary<string, string?>
            { ["AI_TIMEOUT_SECONDS"] = "soon", ["AI_ENDPOINT"] = "not a url" })!.Split('\n').Skip(1).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Trim().StartsWith("- AI_TIMEOUT_SECONDS"));
        Assert.Contains(problems, p => p.Trim().StartsWith("- AI_ENDPOINT (AnimPlatform:Ai:Endpoint)"));
    }

    [Fact]
    public async Task AddGeneration_registers_a_working_service()
    {
        using var provider = new ServiceCollection().AddGeneration().BuildServiceProvider();
        var service = provider.GetRequiredService<ShowGenerationService>();
        Assert.False(service.AiConfigured);
        Assert.Equal(GeneratorCatalog.Defaults().Count, service.Catalog.Generators.Count);
        Assert.True(service.Catalog.Generators.Count >= 32);
        var result = await service.GenerateAsync(new GenerationRequest("stack push 1 push 2 pop"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("stack", result.GeneratorId);
    }
}
