using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Configuration;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// The one way options are read: <typeparamref name="T"/> bound from its section of the registered
    /// <see cref="IConfiguration"/> (appsettings, then environment variables mapped by
    /// <see cref="AddSettingsEnvironment"/>), checked by <see cref="SettingsValidator{T}"/> when the host starts.
    /// Without an IConfiguration (a bare service collection) the defaults are used.
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services) where T : class, ISettings, new()
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SettingsValidator<T>>());
        return services.AddOptions<T>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration) SettingsBinder.Bind(configuration, options);
            })
            .ValidateOnStart();
    }

    /// <summary>
    /// Adds the set environment variables of <paramref name="sections"/> under their section keys (trimmed),
    /// after the other sources so they win over appsettings.json.
    /// </summary>
    /// <param name="read">Reads one variable; the process environment by default.</param>
    public static IConfigurationBuilder AddSettingsEnvironment(this IConfigurationBuilder configuration,
        IEnumerable<SettingsSection> sections, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var values = new Dictionary<string, string?>();
        foreach (var section in sections)
        foreach (var (variable, property) in section.Variables)
        {
            if (read(variable) is { } value) values[$"{section.Path}:{property}"] = value.Trim();
        }
        return configuration.AddInMemoryCollection(values);
    }
}
