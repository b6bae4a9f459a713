using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Rendering.Text;

/// <summary>A parsed CSS-like font shorthand (spec §7.4): size from the first "Npx", bold if "bold" appears, family after the size.</summary>
public sealed partial record FontSpec(double Size, bool Bold, string Family)
{
    public const double DefaultSize = 20;

    public static FontSpec Parse(string? shorthand, double defaultSize = DefaultSize)
    {
        if (string.IsNullOrEmpty(shorthand)) return new FontSpec(defaultSize, false, "sans-serif");
        var size = SizeOf(shorthand) ?? defaultSize;
        var bold = shorthand.Contains("bold", StringComparison.Ordinal);
        var family = FamilyPattern().Match(shorthand) is { Success: true } f && f.Groups[1].Value.Trim().Length > 0
            ? f.Groups[1].Value.Trim()
            : "sans-serif";
        return new FontSpec(size, bold, family);
    }

    /// <summary>Only the size of a label font counts (spec §7.1): first "&lt;digits&gt;px", else null.</summary>
    public static double? SizeOf(string? shorthand)
    {
        if (string.IsNullOrEmpty(shorthand)) return null;
        var m = SizePattern().Match(shorthand);
        return m.Success && int.TryParse(m.Groups[1].Value, out var px) ? px : null;
    }

    [GeneratedRegex(@"(\d+)px", RegexOptions.NonBacktracking)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"\d+px\s+(.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex FamilyPattern();
}
