using AnimPlatform.Core.Generation.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AnimPlatform.Core.Generation;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>
    /// Built-in generators, the topic matcher, the AI provider (from GEMINI_API_KEY / AI_ENDPOINT /
    /// OLLAMA_URL …) and <see cref="ShowGenerationService"/>. Check <see cref="AiOptions.Validate"/> at start-up
    /// to report bad AI settings by name.
    /// </summary>
    public static IServiceCollection AddGeneration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AiOptions>().Configure(o =>
        {
            var read = AiOptions.FromConfiguration(configuration, []);
            foreach (var p in typeof(AiOptions).GetProperties().Where(p => p.CanWrite)) p.SetValue(o, p.GetValue(read));
        });
        services.TryAddSingleton(_ => new GeneratorCatalog());
        services.TryAddSingleton<TopicMatcher>();
        services.TryAddSingleton<IAiChatClientFactory, OpenAiCompatibleChatClientFactory>();
        services.TryAddSingleton<AiShowGenerator>();
        services.TryAddSingleton<ShowGenerationService>();
        return services;
    }
}
