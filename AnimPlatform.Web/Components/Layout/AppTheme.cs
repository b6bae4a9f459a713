using MudBlazor;

namespace AnimPlatform.Web.Components.Layout;

/// <summary>
/// The app's two palettes: dark (neutral slate surfaces) and light (white surfaces), one violet accent, locally
/// installed fonts only. Every text/background pair the pages use is at least 4.5:1 (WCAG AA): on the dark
/// theme the accent buttons carry near-black text, on the light theme a deeper violet carries white.
/// </summary>
public static class AppTheme
{
    private static readonly string[] FontStack =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Liberation Sans", "DejaVu Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#8b7cf6",
            PrimaryContrastText = "#0f1115",
            Secondary = "#2dd4bf",
            SecondaryContrastText = "#0f1115",
            Tertiary = "#f472b6",
            TertiaryContrastText = "#0f1115",
            Info = "#60a5fa",
            InfoContrastText = "#0f1115",
            Success = "#34d399",
            SuccessContrastText = "#0f1115",
            Warning = "#fbbf24",
            WarningContrastText = "#0f1115",
            Error = "#f87171",
            ErrorContrastText = "#0f1115",
            Background = "#0f1115",
            BackgroundGray = "#15181e",
            Surface = "#171a21",
            AppbarBackground = "#13161c",
            AppbarText = "#e6e8ee",
            DrawerBackground = "#13161c",
            DrawerText = "#c9cdd8",
            DrawerIcon = "#9aa1b2",
            TextPrimary = "#e6e8ee",
            TextSecondary = "#a3aabb",
            TextDisabled = "#7d8496",
            ActionDefault = "#a3aabb",
            LinesDefault = "#262a33",
            LinesInputs = "#4a505e",
            TableLines = "#262a33",
            Divider = "#262a33",
            DividerLight = "#1d2028",
        },
        PaletteLight = new PaletteLight
        {
            Primary = "#5b45d6",
            PrimaryContrastText = "#ffffff",
            Secondary = "#0f766e",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#be185d",
            TertiaryContrastText = "#ffffff",
            Info = "#1d4ed8",
            InfoContrastText = "#ffffff",
            Success = "#047857",
            SuccessContrastText = "#ffffff",
            Warning = "#a14b06",
            WarningContrastText = "#ffffff",
            Error = "#c62828",
            ErrorContrastText = "#ffffff",
            Background = "#f6f7fb",
            BackgroundGray = "#eceef4",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#1b1e27",
            DrawerBackground = "#ffffff",
            DrawerText = "#2a2e3a",
            DrawerIcon = "#555c6e",
            TextPrimary = "#1b1e27",
            TextSecondary = "#525a6b",
            TextDisabled = "#767d8c",
            ActionDefault = "#525a6b",
            LinesDefault = "#dde0e8",
            LinesInputs = "#8a90a0",
            TableLines = "#dde0e8",
            Divider = "#dde0e8",
            DividerLight = "#eceef4",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "8px",
            DrawerWidthLeft = "232px",
        },
    };
}
