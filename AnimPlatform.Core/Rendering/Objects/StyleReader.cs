using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>Reads a resolved style map with the spec's fallbacks (§6: "||" falsy or "??" nullish).</summary>
public sealed class StyleReader(JsonObject style)
{
    /// <summary>Falsy fallback: missing, null, 0, false, "" all give the default.</summary>
    public double Number(string key, double fallback)
    {
        var v = style[key];
        if (!v.IsTruthy()) return fallback;
        var n = v.AsNumber() ?? (double.TryParse(v.AsString(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null);
        return n is { } d && double.IsFinite(d) ? d : fallback;
    }

    /// <summary>Nullish fallback: only missing or null give the default (0 is honoured).</summary>
    public double NumberOrZero(string key, double fallback)
    {
        var v = style[key];
        if (v is null) return fallback;
        return v.AsNumber() is { } d && double.IsFinite(d) ? d : fallback;
    }

    public Rgba Color(string key, string fallback)
    {
        var text = style[key].IsTruthy() ? style[key].AsString() : null;
        if (text is not null && ColorParser.TryParse(text, out var c)) return c;
        ColorParser.TryParse(fallback, out var d);
        return d;
    }

    public string? Text(string key) => style[key].IsTruthy() ? style[key].ScalarText() : null;
}
