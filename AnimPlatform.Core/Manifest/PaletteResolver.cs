using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>Spec §4.3: replaces <c>$name</c> in every action's <c>color</c> field (renderer behaviour: fallback + warning).</summary>
public static class PaletteResolver
{
    public const string FallbackColor = "#e74c3c";

    public static void Resolve(JsonObject manifest, string pathPrefix, List<Diagnostic> warnings)
    {
        if (manifest["timeline"] is not JsonArray timeline) return;
        var palette = (manifest["meta"] as JsonObject)?["palette"] as JsonObject;
        for (var i = 0; i < timeline.Count; i++)
        {
            if (timeline[i] is not JsonObject entry) continue;
            if (entry["parallel"] is JsonArray block)
            {
                for (var j = 0; j < block.Count; j++)
                    ResolveAction(block[j] as JsonObject, palette, $"{pathPrefix}timeline[{i}].parallel[{j}]", warnings);
            }
            else if (!entry.ContainsKey("parallel"))
            {
                ResolveAction(entry, palette, $"{pathPrefix}timeline[{i}]", warnings);
            }
        }
    }

    private static void ResolveAction(JsonObject? action, JsonObject? palette, string path, List<Diagnostic> warnings)
    {
        if (action?["color"].AsString() is not { } color || !color.StartsWith('$')) return;
        var name = color[1..];
        var value = palette?[name];
        if (value.IsTruthy())
        {
            action["color"] = value!.DeepClone();
            return;
        }
        action["color"] = FallbackColor;
        warnings.Add(Diagnostic.Warning($"{path}.color", $"Unresolved palette ref \"{color}\" — using fallback {FallbackColor}"));
    }
}
