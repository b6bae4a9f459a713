using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Narration;

public static class NarrationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NarrationOptions"/> (section AnimPlatform:Narration and its environment variables,
    /// then <paramref name="configure"/>; checked at start), <see cref="SpeechService"/>, <see cref="NarrationPlanner"/> and
    /// <see cref="VideoPipeline"/> and the Generate page's <see cref="NarrationPreviewService"/> as singletons (the speech cache and fallback state are shared).
    /// </summary>
    public static IServiceCollection AddNarration(this IServiceCollection services, Action<NarrationOptions>? configure = null)
    {
        var options = services.AddSettings<NarrationOptions>();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(sp => SpeechService.Create(sp.GetRequiredService<IOptions<NarrationOptions>>().Value));
        services.TryAddSingleton(sp => new NarrationPlanner(sp.GetRequiredService<SpeechService>(), sp.GetRequiredService<IOptions<NarrationOptions>>().Value));
        services.TryAddSingleton(sp => new VideoPipeline(sp.GetRequiredService<NarrationPlanner>()));
        services.TryAddSingleton(sp => new NarrationPreviewService(sp.GetRequiredService<VideoPipeline>(), new NarrationPreviewCache()));
        return services;
    }
}
