using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Tests.Configuration;

/// <summary>The app's settings registrations over a table of environment variables (and appsettings keys), as Program.cs builds them.</summary>
public static class SettingsProbe
{
    public static ServiceProvider Services(IDictionary<string, string?>? variables = null, IDictionary<string, string?>? appsettings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(appsettings ?? new Dictionary<string, string?>())
            .AddAnimPlatformEnvironment(name => variables?.TryGetValue(name, out var v) == true ? v : null)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAnimPlatformOptions();
        services.AddGeneration();
        services.AddNarration();
        return services.BuildServiceProvider();
    }

    /// <summary>The message the app prints at start (null when it would start).</summary>
    public static string? StartupMessage(IDictionary<string, string?> variables)
    {
        using var provider = Services(variables);
        return AnimPlatformOptionsSetup.CheckSettings(provider);
    }

    public static T Value<T>(IDictionary<string, string?>? variables = null, IDictionary<string, string?>? appsettings = null) where T : class
    {
        using var provider = Services(variables, appsettings);
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
