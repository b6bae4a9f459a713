using System.Globalization;

namespace AnimPlatform.Core.Rendering.Colors;

/// <summary>
/// Spec §4.2: #rgb, #rgba, #rrggbb, #rrggbbaa, CSS names, rgb()/rgba()/hsl()/hsla().
/// Plain linear parsing (no regex): one trim, one prefix test, one split; text longer than
/// <see cref="MaxLength"/> after trimming is refused before any work.
/// </summary>
public static class ColorParser
{
    /// <summary>The longest colour text accepted (after trimming); the longest valid CSS colour is far shorter.</summary>
    public const int MaxLength = 128;

    public static bool TryParse(string? text, out Rgba color)
    {
        color = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var span = text.AsSpan().Trim();
        if (span.Length > MaxLength) return false;
        var s = span.ToString().ToLowerInvariant();
        if (s.StartsWith('#')) return TryParseHex(s[1..], out color);
        if (NamedColors.TryGet(s, out color)) return true;
        var open = s.IndexOf('(');
        if (open < 0 || !s.EndsWith(')') || s.IndexOf('(', open + 1) >= 0 || s.IndexOf(')') != s.Length - 1) return false;
        var name = s[..open];
        if (name is not ("rgb" or "rgba" or "hsl" or "hsla")) return false;
        var args = s[(open + 1)..^1].Split([',', '/', ' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries);
        if (args.Length is < 3 or > 4) return false;
        var alpha = 1.0;
        if (args.Length == 4 && !TryComponent(args[3], 1, out alpha)) return false;
        if (name.StartsWith("rgb"))
        {
            if (!TryComponent(args[0], 255, out var r) || !TryComponent(args[1], 255, out var g) || !TryComponent(args[2], 255, out var b))
                return false;
            color = new Rgba(r, g, b, Math.Clamp(alpha, 0, 1));
            return true;
        }
        if (!double.TryParse(args[0].Replace("deg", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            || !TryComponent(args[1], 1, out var sat) || !TryComponent(args[2], 1, out var light))
            return false;
        color = FromHsl(h, sat, light, Math.Clamp(alpha, 0, 1));
        return true;
    }

    private static bool TryParseHex(string hex, out Rgba color)
    {
        color = default;
        if (!hex.All(Uri.IsHexDigit)) return false;
        int Nib(int i) => Convert.ToInt32(hex.Substring(i, 1), 16) * 17;
        int Byte(int i) => Convert.ToInt32(hex.Substring(i, 2), 16);
        switch (hex.Length)
        {
            case 3: color = new Rgba(Nib(0), Nib(1), Nib(2)); return true;
            case 4: color = new Rgba(Nib(0), Nib(1), Nib(2), Nib(3) / 255.0); return true;
            case 6: color = new Rgba(Byte(0), Byte(2), Byte(4)); return true;
            case 8: color = new Rgba(Byte(0), Byte(2), Byte(4), Byte(6) / 255.0); return true;
            default: return false;
        }
    }

    /// <summary>A number, or a percentage of <paramref name="scale"/>.</summary>
    private static bool TryComponent(string text, double scale, out double value)
    {
        var pct = text.EndsWith('%');
        var ok = double.TryParse(pct ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        if (pct) value = value / 100 * scale;
        return ok && double.IsFinite(value);
    }

    private static Rgba FromHsl(double h, double s, double l, double a)
    {
        h = ((h % 360) + 360) % 360 / 360;
        s = Math.Clamp(s, 0, 1);
        l = Math.Clamp(l, 0, 1);
        double Hue(double p, double q, double t)
        {
            if (t < 0) t += 1;
            if (t > 1) t -= 1;
            if (t < 1.0 / 6) return p + (q - p) * 6 * t;
            if (t < 0.5) return q;
            if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
            return p;
        }
        if (s == 0) return new Rgba(l * 255, l * 255, l * 255, a);
        var q2 = l < 0.5 ? l * (1 + s) : l + s - l * s;
        var p2 = 2 * l - q2;
        return new Rgba(Hue(p2, q2, h + 1.0 / 3) * 255, Hue(p2, q2, h) * 255, Hue(p2, q2, h - 1.0 / 3) * 255, a);
    }
}
