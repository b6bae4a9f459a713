namespace AnimPlatform.Core.Configuration;

/// <summary>
/// An options class bound from its <see cref="Section"/> (appsettings, then the environment) by
/// <see cref="SettingsServiceCollectionExtensions.AddSettings{T}"/> and checked at start by
/// <see cref="SettingsValidator{T}"/>.
/// </summary>
public interface ISettings
{
    static abstract SettingsSection Section { get; }

    /// <summary>One message per unusable value, each naming its environment variable (empty when all are fine).</summary>
    IEnumerable<string> Problems();
}
