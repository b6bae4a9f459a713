using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Rendering.Animation;

public static class Interpolators
{
    public static double Number(double a, double b, double p) => a + (b - a) * p;

    public static Rgba Color(Rgba a, Rgba b, double p) => LchInterpolator.Lerp(a, b, p);

    /// <summary>Strings don't interpolate except through a morph segment (handled by the text element).</summary>
    public static string Text(string a, string b, double p) => p >= 1 ? b : a;

    public static Track<double> NumberTrack(double initial) => new(initial, Number);
    public static Track<Rgba> ColorTrack(Rgba initial) => new(initial, Color);
    public static Track<string> TextTrack(string initial) => new(initial, Text);
}
