using MudBlazor;

namespace AnimPlatform.Web.Components.Layout;

/// <summary>The app's dark theme: neutral slate surfaces, one violet accent, locally installed fonts only.</summary>
public static class AppTheme
{
    private static readonly string[] FontStack =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Liberation Sans", "DejaVu Sans", "Arial", "sans-serif"];

    public static MudTheme Dark { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#8b7cf6",
            Secondary = "#2dd4bf",
            Tertiary = "#f472b6",
            Info = "#60a5fa",
            Success = "#34d399",
            Warning = "#fbbf24",
            Error = "#f87171",
            Background = "#0f1115",
            BackgroundGray = "#15181e",
            Surface = "#171a21",
            AppbarBackground = "#13161c",
            AppbarText = "#e6e8ee",
            DrawerBackground = "#13161c",
            DrawerText = "#c9cdd8",
            DrawerIcon = "#9aa1b2",
            TextPrimary = "#e6e8ee",
            TextSecondary = "#9aa1b2",
            ActionDefault = "#9aa1b2",
            LinesDefault = "#262a33",
            LinesInputs = "#3a3f4b",
            TableLines = "#262a33",
            Divider = "#262a33",
            DividerLight = "#1d2028",
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
