using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>Type-tolerant reads of the neutral document tree: never throw on a wrong type.</summary>
public static class JsonNodeExtensions
{
    public static bool IsString(this JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    public static bool IsNumber(this JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    public static bool IsBool(this JsonNode? n) =>
        n is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    /// <summary>True for a scalar string, number or boolean (what V7/V8 call a scalar).</summary>
    public static bool IsScalar(this JsonNode? n) => n is JsonValue;

    public static string? AsString(this JsonNode? n) =>
        n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static double? AsNumber(this JsonNode? n)
    {
        if (n is not JsonValue v) return null;
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<decimal>(out var m)) return (double)m;
        if (v.TryGetValue<float>(out var f)) return f;
        if (v.TryGetValue<JsonElement>(out var e) && e.ValueKind == JsonValueKind.Number) return e.GetDouble();
        return null;
    }

    public static bool? AsBool(this JsonNode? n) =>
        n is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>String form of a scalar as the original tool's JavaScript <c>String(x)</c> would give it.</summary>
    public static string? ScalarText(this JsonNode? n)
    {
        if (n is not JsonValue) return null;
        if (n.AsString() is { } s) return s;
        if (n.AsBool() is { } b) return b ? "true" : "false";
        if (n.AsNumber() is { } d) return FormatNumber(d);
        return n.ToJsonString();
    }

    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>JavaScript truthiness, used where the spec says "a || b".</summary>
    public static bool IsTruthy(this JsonNode? n)
    {
        if (n is null) return false;
        if (n is JsonObject or JsonArray) return true;
        if (n.AsBool() is { } b) return b;
        if (n.AsString() is { } s) return s.Length > 0;
        if (n.AsNumber() is { } d) return d != 0 && !double.IsNaN(d);
        return true;
    }

    public static JsonNode? Get(this JsonNode? n, string key) =>
        n is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v : null;

    public static bool Has(this JsonNode? n, string key) => n is JsonObject o && o.ContainsKey(key);

    /// <summary>Serialises allowing NaN/Infinity (YAML can express them; JSON cannot by default).</summary>
    public static readonly JsonSerializerOptions LenientJson = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
