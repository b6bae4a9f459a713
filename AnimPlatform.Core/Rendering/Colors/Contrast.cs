namespace AnimPlatform.Core.Rendering.Colors;

/// <summary>WCAG 2.x relative luminance and contrast ratio; the readable label colour (black or white) on a fill.</summary>
public static class Contrast
{
    public static readonly Rgba Black = new(0, 0, 0);

    /// <summary>Relative luminance 0 (black) … 1 (white) of an opaque sRGB colour.</summary>
    public static double Luminance(Rgba c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    /// <summary>(L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 … 21.</summary>
    public static double Ratio(Rgba a, Rgba b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Black or white, whichever contrasts more with <paramref name="fill"/> (black on yellow, white on navy).</summary>
    public static Rgba ReadableOn(Rgba fill) => Ratio(fill, Black) >= Ratio(fill, Rgba.White) ? Black : Rgba.White;

    /// <summary>A colour with alpha composited over an opaque background.</summary>
    public static Rgba Over(Rgba top, Rgba background)
    {
        var a = Math.Clamp(top.A, 0, 1);
        return new Rgba(top.R * a + background.R * (1 - a), top.G * a + background.G * (1 - a), top.B * a + background.B * (1 - a));
    }

    private static double Linear(double channel)
    {
        var s = Math.Clamp(channel, 0, 255) / 255;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
