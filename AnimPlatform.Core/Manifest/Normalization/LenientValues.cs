using System.Globalization;
using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Normalization;

/// <summary>Value repairs shared by the lenient normaliser and the kind/action descriptors' repair steps.</summary>
internal static class LenientValues
{
    public static bool Missing(JsonObject o, string key) => !o.ContainsKey(key) || o[key] is null;

    /// <summary>A finite number, or a string holding one ("12" → 12); numbers are written back as numbers.</summary>
    public static double? Number(JsonNode? n)
    {
        if (n.AsNumber() is { } d && double.IsFinite(d)) return d;
        if (n.AsString() is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p)) return p;
        return null;
    }

    public static int? Integer(JsonNode? n) => Number(n) is { } d ? (int)Math.Truncate(d) : null;

    public static string StringForm(JsonNode? n) => n.ScalarText() ?? n?.ToJsonString() ?? "";

    public static JsonArray StringList(JsonNode? n)
    {
        var items = n is JsonArray list ? list.ToList() : [n];
        return new JsonArray(items.Select(x => (JsonNode?)JsonValue.Create(StringForm(x))).ToArray());
    }

    /// <summary>Writes a scalar field back as its string form (missing → ""); for value fields.</summary>
    public static void AsText(JsonObject a, string key)
    {
        if (Missing(a, key)) a[key] = "";
        else if (a[key].AsString() is null) a[key] = StringForm(a[key]);
    }

    /// <summary>A {x, y} mapping with numeric coordinates written back as numbers; false when unusable.</summary>
    public static bool Point(JsonNode? node)
    {
        if (node is not JsonObject p || Number(p["x"]) is not { } x || Number(p["y"]) is not { } y) return false;
        p["x"] = x;
        p["y"] = y;
        return true;
    }
}
