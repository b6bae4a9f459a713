using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// What a verb may use beside its parsed options: the same services the web app registers, built on demand
/// from the same configuration (appsettings.json beside the app, then the environment variables), so the CLI
/// reads TTS_WPM, ESPEAK_VOICE, … exactly as the app does and reports a bad value by its variable.
/// </summary>
public sealed class CliContext(NarrationOptions? narrationOverride = null) : IDisposable
{
    private ServiceProvider? _services;

    /// <summary>The registered services (narration, …); the options are checked when first read.</summary>
    public IServiceProvider Services => _services ??= Build(narrationOverride);

    private static ServiceProvider Build(NarrationOptions? narrationOverride)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddAnimPlatformEnvironment()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAnimPlatformOptions();
        services.AddNarration();
        services.AddGeneration();
        if (narrationOverride is not null) services.AddSingleton(Microsoft.Extensions.Options.Options.Create(narrationOverride));
        return services.BuildServiceProvider();
    }

    /// <summary>The narration pipeline; throws <see cref="OptionsValidationException"/> naming a bad variable.</summary>
    public VideoPipeline NarratedRenderer()
    {
        _ = Services.GetRequiredService<IOptions<NarrationOptions>>().Value;
        return Services.GetRequiredService<VideoPipeline>();
    }

    /// <summary>Topic → show: the built-in generators and the AI provider when configured, as the Generate page has them.</summary>
    public ShowGenerationService Generation() => Services.GetRequiredService<ShowGenerationService>();

    public void Dispose() => _services?.Dispose();
}
