using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Colors;

/// <summary>An sRGB colour with 0–255 channels and 0–1 alpha (kept as doubles so tweens don't band).</summary>
public readonly record struct Rgba(double R, double G, double B, double A = 1)
{
    public static readonly Rgba White = new(255, 255, 255);
    public static readonly Rgba Transparent = new(0, 0, 0, 0);

    public SKColor ToSkia() => new(Channel(R), Channel(G), Channel(B), (byte)Math.Round(Math.Clamp(A, 0, 1) * 255));

    private static byte Channel(double v) => (byte)Math.Round(Math.Clamp(v, 0, 255));
}
