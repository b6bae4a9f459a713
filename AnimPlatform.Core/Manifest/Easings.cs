namespace AnimPlatform.Core.Manifest;

/// <summary>The 28 easing names of spec §4.4 with their exact formulas.</summary>
public static class Easings
{
    private const double S = 1.70158, S2 = S * 1.525, CE = 2.094395, CEio = 1.39626, N = 7.5625, D = 2.75;

    private static readonly Dictionary<string, Func<double, double>> Functions = new(StringComparer.Ordinal)
    {
        ["linear"] = t => t,
        ["easeIn"] = InQuad,
        ["easeOut"] = OutQuad,
        ["easeInOut"] = InOutQuad,
        ["easeInSine"] = t => 1 - Math.Cos(Math.PI * t / 2),
        ["easeOutSine"] = t => Math.Sin(Math.PI * t / 2),
        ["easeInOutSine"] = t => -(Math.Cos(Math.PI * t) - 1) / 2,
        ["easeInQuad"] = InQuad,
        ["easeOutQuad"] = OutQuad,
        ["easeInOutQuad"] = InOutQuad,
        ["easeInCubic"] = t => t * t * t,
        ["easeOutCubic"] = t => 1 - Math.Pow(1 - t, 3),
        ["easeInOutCubic"] = InOutCubic,
        ["easeInQuart"] = t => t * t * t * t,
        ["easeOutQuart"] = t => 1 - Math.Pow(1 - t, 4),
        ["easeInOutQuart"] = t => t < 0.5 ? 8 * Math.Pow(t, 4) : 1 - Math.Pow(-2 * t + 2, 4) / 2,
        ["easeInExpo"] = t => t == 0 ? 0 : Math.Pow(2, 10 * t - 10),
        ["easeOutExpo"] = t => t == 1 ? 1 : 1 - Math.Pow(2, -10 * t),
        ["easeInOutExpo"] = t => t == 0 ? 0 : t == 1 ? 1 : t < 0.5
            ? Math.Pow(2, 20 * t - 10) / 2
            : (2 - Math.Pow(2, -20 * t + 10)) / 2,
        ["easeInBack"] = t => (S + 1) * t * t * t - S * t * t,
        ["easeOutBack"] = t => 1 + (S + 1) * Math.Pow(t - 1, 3) + S * Math.Pow(t - 1, 2),
        ["easeInOutBack"] = t => t < 0.5
            ? Math.Pow(2 * t, 2) * ((S2 + 1) * 2 * t - S2) / 2
            : (Math.Pow(2 * t - 2, 2) * ((S2 + 1) * (2 * t - 2) + S2) + 2) / 2,
        ["easeInElastic"] = t => t == 0 ? 0 : t == 1 ? 1 : -Math.Pow(2, 10 * t - 10) * Math.Sin((10 * t - 10.75) * CE),
        ["easeOutElastic"] = t => t == 0 ? 0 : t == 1 ? 1 : Math.Pow(2, -10 * t) * Math.Sin((10 * t - 0.75) * CE) + 1,
        ["easeInOutElastic"] = t => t == 0 ? 0 : t == 1 ? 1 : t < 0.5
            ? -(Math.Pow(2, 20 * t - 10) * Math.Sin((20 * t - 11.125) * CEio)) / 2
            : Math.Pow(2, -20 * t + 10) * Math.Sin((20 * t - 11.125) * CEio) / 2 + 1,
        ["easeOutBounce"] = OutBounce,
        ["easeInBounce"] = t => 1 - OutBounce(1 - t),
        ["easeInOutBounce"] = t => t < 0.5 ? (1 - OutBounce(1 - 2 * t)) / 2 : (1 + OutBounce(2 * t - 1)) / 2,
    };

    public static IReadOnlyCollection<string> Names => Functions.Keys;

    public static bool IsKnown(string? name) => name is not null && Functions.ContainsKey(name);

    /// <summary>Unknown or empty names resolve to linear (spec §4.4).</summary>
    public static Func<double, double> Get(string? name) =>
        name is not null && Functions.TryGetValue(name, out var f) ? f : Functions["linear"];

    public static double InOutCubic(double t) => t < 0.5 ? 4 * t * t * t : 1 - Math.Pow(-2 * t + 2, 3) / 2;

    private static double InQuad(double t) => t * t;
    private static double OutQuad(double t) => 1 - (1 - t) * (1 - t);
    private static double InOutQuad(double t) => t < 0.5 ? 2 * t * t : 1 - Math.Pow(-2 * t + 2, 2) / 2;

    private static double OutBounce(double t)
    {
        if (t < 1 / D) return N * t * t;
        if (t < 2 / D) { t -= 1.505 / D; return N * t * t + 0.75; }
        if (t < 2.5 / D) { t -= 2.25 / D; return N * t * t + 0.9375; }
        t -= 2.625 / D;
        return N * t * t + 0.984375;
    }
}
