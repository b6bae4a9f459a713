using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Validation;

namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// Validator warnings derived from field types: a present field of an unusable shape is reported with its
/// path (spec §13.2 — the renderer would turn the action into a no-op with a runtime warning).
/// </summary>
internal static class FieldChecks
{
    public static void Check(JsonObject owner, IEnumerable<FieldSpec> fields, string path, string who, ValidationContext ctx)
    {
        foreach (var field in fields)
        {
            if (!owner.TryGetPropertyValue(field.Name, out var value)) continue;
            if (value is null && !field.Required) continue;
            if (Problem(field.Type, value) is { } problem)
                ctx.Warning($"{path}.{field.Name}", $"({who}) {field.Name} should be {problem}");
        }
    }

    /// <summary>Null when <paramref name="value"/> fits; else "expected, not actual; consequence".</summary>
    public static string? Problem(FieldType type, JsonNode? value) => type switch
    {
        FieldType.Color when !value.IsString() =>
            $"a string such as \"#ff6b6b\" or \"$name\", not {Describe.Kind(value)} (an unparseable colour: the colour change is skipped)",
        FieldType.Position when !ObjectRules.IsPoint(value) =>
            "a mapping {x: number, y: number}, not " + (value is JsonObject ? "a mapping without numeric x and y" : Describe.Kind(value)),
        FieldType.Number when !(Numeric(value) is { } n && double.IsFinite(n)) => $"a number, not {Describe.Value(value)}",
        FieldType.Boolean when value.AsBool() is null => $"true or false, not {Describe.Value(value)}",
        FieldType.Mapping when value is not JsonObject => $"a mapping, not {Describe.Kind(value)}; the action will do nothing",
        FieldType.List when value is not JsonArray => $"a list, not {Describe.Kind(value)} (treated as empty)",
        FieldType.EdgePair when !(value is JsonArray { Count: >= 2 } e && e.All(x => x.IsScalar())) =>
            "a list [from, to] of two node ids; the action will do nothing",
        FieldType.IndexPair when !(value is JsonArray { Count: >= 2 } list && list.Take(2).All(IsIndex)) =>
            "a list of two indices, e.g. [0, 2]; the action will do nothing",
        FieldType.Index when !IsIndex(value) => $"a whole number ≥ 0, not {Describe.Value(value)}",
        FieldType.Side when value.AsString() is not ("left" or "right") => $"\"left\" or \"right\", not {Describe.Value(value)}",
        FieldType.LineRange when Rendering.Actions.HighlightLineHandler.LineRange(value) is not { From: >= 1 } r || r.To < r.From =>
            $"a line number ≥ 1 or a range [from, to], not {Describe.Value(value)}; the action will do nothing",
        _ => null,
    };

    /// <summary>A number, or a string holding one (generated manifests use "2").</summary>
    public static double? Numeric(JsonNode? node)
    {
        var n = node.AsNumber();
        if (n is null && node.AsString() is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) n = parsed;
        return n;
    }

    /// <summary>A whole number ≥ 0; numeric strings such as "2" are accepted.</summary>
    public static bool IsIndex(JsonNode? node) =>
        Numeric(node) is { } v && v >= 0 && double.IsFinite(v) && Math.Floor(v) == v;
}
