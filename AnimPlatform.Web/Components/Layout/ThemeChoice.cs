namespace AnimPlatform.Web.Components.Layout;

/// <summary>The theme a person picked in the app bar: follow the system setting (the default), or always light or dark.</summary>
public enum ThemeChoice
{
    System,
    Light,
    Dark,
}

/// <summary>
/// The theme of one page load or circuit. Read from the request when the page is served (the choice from its
/// cookie, the system's colour scheme from the Sec-CH-Prefers-Color-Scheme client hint), so the first paint
/// has the right colours; the layout asks the browser again once interactive.
/// </summary>
public sealed class ThemeState
{
    public const string CookieName = "animplatform.theme";
    public const string SystemHint = "Sec-CH-Prefers-Color-Scheme";

    public ThemeChoice Choice { get; set; }

    /// <summary>Whether the system asks for dark colours (dark unless it says light).</summary>
    public bool SystemDark { get; set; } = true;

    public bool IsDark => Choice switch
    {
        ThemeChoice.Light => false,
        ThemeChoice.Dark => true,
        _ => SystemDark,
    };

    public static ThemeChoice Parse(string? value) =>
        Enum.TryParse<ThemeChoice>(value, ignoreCase: true, out var choice) && Enum.IsDefined(choice) ? choice : ThemeChoice.System;

    /// <summary>The client hint's value: "light" or "dark" (anything else: no preference known, dark).</summary>
    public static bool HintIsDark(string? hint) => !string.Equals(hint?.Trim('"', ' '), "light", StringComparison.OrdinalIgnoreCase);
}
