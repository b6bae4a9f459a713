using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace AnimPlatform.Core.Configuration;

/// <summary>
/// Binds the keys of a <see cref="SettingsSection"/> onto an options object one property at a time, so a value
/// that does not convert (<c>TTS_WPM=fast</c>) leaves the default and becomes a message naming its variable
/// instead of an exception from the middle of the binder.
/// </summary>
public static class SettingsBinder
{
    /// <summary>Sets every property whose key is present; returns one message per value that does not convert.</summary>
    public static IReadOnlyList<string> Bind<T>(IConfiguration configuration, T target) where T : ISettings
    {
        var section = configuration.GetSection(T.Section.Path);
        var problems = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            var raw = section[property.Name];
            if (raw is null) continue;
            if (raw.Length == 0 && Nullable(property)) { property.SetValue(target, null); continue; }
            try
            {
                property.SetValue(target, section.GetSection(property.Name).Get(property.PropertyType));
            }
            catch (InvalidOperationException)
            {
                problems.Add($"{T.Section.Name(property.Name)} must be {Expected(property.PropertyType)}; got '{raw}'.");
            }
        }
        return problems;
    }

    private static bool Nullable(PropertyInfo property) =>
        System.Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (property.PropertyType == typeof(string) && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable);

    private static string Expected(Type type) => (System.Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(double) || t == typeof(float) => "a number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(TimeSpan) => "a duration such as 00:00:30",
        var t => $"a {t.Name}",
    };
}
