using System.Globalization;

namespace AnimPlatform.Core.Generation.Building.Lessons;

/// <summary>
/// Text colours for palette states: the palette colour itself when it reads on the background (WCAG
/// contrast ≥ 4.5:1), else the same hue mixed with white until it does — so a legend entry keeps the colour
/// of the state it names and still passes lint.
/// </summary>
public static class ReadableColors
{
    public const double MinContrast = 4.6;

    public static string For(string paletteName) => Lighten(paletteName == "discard" ? "#8a8aaa" : Theme.Color(paletteName), Theme.Background);

    public static string Lighten(string color, string background)
    {
        var (r, g, b) = Parse(color);
        var bg = Luminance(Parse(background));
        for (var k = 0; k <= 20; k++)
        {
            var f = k / 20.0;
            var c = (r + (255 - r) * f, g + (255 - g) * f, b + (255 - b) * f);
            if (Ratio(Luminance(c), bg) >= MinContrast) return Hex(c);
        }
        return "#ffffff";
    }

    public static double Contrast(string a, string b) => Ratio(Luminance(Parse(a)), Luminance(Parse(b)));

    private static double Ratio(double l1, double l2) => (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);

    private static (double R, double G, double B) Parse(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber), int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber), int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber));

    private static double Luminance((double R, double G, double B) c)
    {
        static double Lin(double v)
        {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Lin(c.R) + 0.7152 * Lin(c.G) + 0.0722 * Lin(c.B);
    }

    private static string Hex((double R, double G, double B) c) =>
        $"#{(int)Math.Round(c.R):x2}{(int)Math.Round(c.G):x2}{(int)Math.Round(c.B):x2}";
}
