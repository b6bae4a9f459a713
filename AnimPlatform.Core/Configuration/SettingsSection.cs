namespace AnimPlatform.Core.Configuration;

/// <summary>
/// Where one options class lives in configuration: its section (e.g. <c>AnimPlatform:Narration</c>) and the
/// environment variable that sets each of its keys (variable -> property name).
/// </summary>
public sealed record SettingsSection(string Path, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The name a message uses for a property: <c>TTS_WPM (AnimPlatform:Narration:WordsPerMinute)</c>.</summary>
    public string Name(string property) =>
        Variables.FirstOrDefault(kv => kv.Value == property).Key is { } variable
            ? $"{variable} ({Path}:{property})"
            : $"{Path}:{property}";
}
