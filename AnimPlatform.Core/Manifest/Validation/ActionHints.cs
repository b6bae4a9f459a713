using System.Globalization;
using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Warnings (never errors) for actions the renderer would turn into a no-op with a runtime warning
/// (spec §8.3, §13.2): a target of the wrong kind, and action fields of an unusable shape.
/// Deliberately not checked (spec §13.1): node/edge existence, index ranges, <c>values</c> type.
/// </summary>
internal static class ActionHints
{
    public static void Check(JsonObject action, ActionInfo info, string path, ValidationContext ctx)
    {
        CheckTargetKind(action, info, path, ctx);

        if (action["color"] is { } color && !color.IsString())
            ctx.Warning($"{path}.color", $"color should be a string such as \"#ff6b6b\" or \"$name\", not {Describe.Kind(color)} "
                + "(an unparseable colour: the colour change is skipped)");

        if (info.Fields.Contains("position") && action.TryGetPropertyValue("position", out var position) && !ObjectRules.IsPoint(position))
            ctx.Warning($"{path}.position", $"({info.Name}) position should be a mapping {{x: number, y: number}}, not "
                + (position is JsonObject ? "a mapping without numeric x and y" : Describe.Kind(position)));

        switch (info.Name)
        {
            case "highlight-edge" when action.TryGetPropertyValue("edge", out var edge) && !(edge is JsonArray { Count: >= 2 } e && e.All(x => x.IsScalar())):
                ctx.Warning($"{path}.edge", "(highlight-edge) edge should be a list [from, to] of two node ids; the action will do nothing");
                break;
            case "swap-cells" when action.TryGetPropertyValue("indices", out var indices) && !(indices is JsonArray { Count: >= 2 } list && list.Take(2).All(IsIndex)):
                ctx.Warning($"{path}.indices", "(swap-cells) indices should be a list of two cell indices, e.g. [0, 2]; the action will do nothing");
                break;
            case "set-cell" or "highlight-cell" when action.TryGetPropertyValue("index", out var index) && !IsIndex(index):
                ctx.Warning($"{path}.index", $"({info.Name}) index should be a whole number ≥ 0, not {Describe.Value(index)}");
                break;
            case "insert-node" when action.TryGetPropertyValue("side", out var side) && side.AsString() is not ("left" or "right"):
                ctx.Warning($"{path}.side", $"(insert-node) side should be \"left\" or \"right\", not {Describe.Value(side)}");
                break;
            case "camera-zoom" when action.TryGetPropertyValue("scale", out var scale) && !(scale.AsNumber() is { } s && double.IsFinite(s)):
                ctx.Warning($"{path}.scale", $"(camera-zoom) scale should be a number, not {Describe.Value(scale)} (1 is used)");
                break;
            case "set-style" when action.TryGetPropertyValue("style", out var style) && style is not JsonObject:
                ctx.Warning($"{path}.style", $"(set-style) style should be a mapping, not {Describe.Kind(style)}; the action will do nothing");
                break;
        }
    }

    private static void CheckTargetKind(JsonObject action, ActionInfo info, string path, ValidationContext ctx)
    {
        if (info.TargetTypes.Count == 0) return;
        if (action["target"].ScalarText() is not { } id || !ctx.Objects.TryGetValue(id, out var obj)) return;
        if (obj.Type is null || !ActionCatalog.ObjectTypes.Contains(obj.Type)) return; // V12/V13 already reported

        if (!info.AcceptsTargetType(obj.Type))
            ctx.Warning($"{path}.target", $"({info.Name}) target {Describe.Quote(id)} is a {obj.Type}, but {info.Name} applies to "
                + $"{string.Join(" or ", info.TargetTypes)} objects; the action will do nothing");
        else if (info.Name == "set-style" && obj.Type != ActionCatalog.Text && action["node"] is null)
            ctx.Warning($"{path}.node", $"(set-style) on {obj.Type} {Describe.Quote(id)} without node has no effect; "
                + "name the node to restyle");
    }

    /// <summary>A whole number ≥ 0; numeric strings such as "2" are accepted (generated manifests use them).</summary>
    private static bool IsIndex(JsonNode? node)
    {
        var n = node.AsNumber();
        if (n is null && node.AsString() is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) n = parsed;
        return n is { } v && v >= 0 && double.IsFinite(v) && Math.Floor(v) == v;
    }
}
