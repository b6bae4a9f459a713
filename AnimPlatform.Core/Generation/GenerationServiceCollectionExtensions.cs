using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AnimPlatform.Core.Generation;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>
    /// Built-in generators, the topic matcher, the AI provider (<see cref="AiOptions"/>: section AnimPlatform:Ai,
    /// GEMINI_API_KEY / AI_ENDPOINT / OLLAMA_URL …, checked at start) and <see cref="ShowGenerationService"/>.
    /// </summary>
    public static IServiceCollection AddGeneration(this IServiceCollection services)
    {
        services.AddSettings<AiOptions>();
        services.TryAddSingleton(_ => new GeneratorCatalog());
        services.TryAddSingleton<TopicMatcher>();
        services.TryAddSingleton<IAiChatClientFactory, OpenAiCompatibleChatClientFactory>();
        services.TryAddSingleton<AiShowGenerator>();
        services.TryAddSingleton<ShowGenerationService>();
        return services;
    }
}
