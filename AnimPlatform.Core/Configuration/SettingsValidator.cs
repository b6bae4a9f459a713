using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Configuration;

/// <summary>
/// Checks one options class at start (ValidateOnStart): every value that did not convert and every
/// <see cref="ISettings.Problems"/> message, all at once, each naming its environment variable.
/// </summary>
public sealed class SettingsValidator<T>(IServiceProvider services) : IValidateOptions<T> where T : class, ISettings, new()
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = new List<string>();
        if (services.GetService<IConfiguration>() is { } configuration) problems.AddRange(SettingsBinder.Bind(configuration, new T()));
        problems.AddRange(options.Problems());
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
