using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Narration;

public static class NarrationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NarrationOptions"/> (defaults, then the environment variables, then
    /// <paramref name="configure"/>), <see cref="SpeechService"/>, <see cref="NarrationPlanner"/> and
    /// <see cref="NarratedVideoRenderer"/> as singletons (the speech cache and fallback state are shared).
    /// </summary>
    public static IServiceCollection AddNarration(this IServiceCollection services, Action<NarrationOptions>? configure = null)
    {
        services.AddOptions<NarrationOptions>()
            .Configure(o =>
            {
                o.ApplyEnvironment();
                configure?.Invoke(o);
            })
            .Validate(o => o.Validate().Count == 0,
                "invalid narration settings: check TTS_ENGINE, ESPEAK_VOICE, TTS_WPM, SPEECH_CACHE_DIR and AI_ENDPOINT");
        services.TryAddSingleton(sp => SpeechService.Create(sp.GetRequiredService<IOptions<NarrationOptions>>().Value));
        services.TryAddSingleton(sp => new NarrationPlanner(sp.GetRequiredService<SpeechService>(), sp.GetRequiredService<IOptions<NarrationOptions>>().Value));
        services.TryAddSingleton(sp => new NarratedVideoRenderer(sp.GetRequiredService<NarrationPlanner>()));
        return services;
    }
}
