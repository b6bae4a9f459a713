using System.Text.Json.Nodes;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Every colour-bearing string field (canvas background, palette entries, styles and defaults,
/// actions' <c>color</c> and <c>set-style</c> maps) is parsed once at validation time, with its path.
/// Text longer than <see cref="ColorParser.MaxLength"/> is an error (a limit); other unparseable
/// colours are warnings, because spec §4.2 renders them with the property's default.
/// <c>$name</c> in an action's <c>color</c> is a palette reference, checked by V24 instead.
/// </summary>
internal static class ColorRules
{
    public static void Check(JsonObject manifest, ValidationContext ctx)
    {
        foreach (var (key, value) in manifest)
            Walk(value, key, key, ctx, inPalette: false);
    }

    private static void Walk(JsonNode? node, string key, string path, ValidationContext ctx, bool inPalette)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (k, v) in obj)
                    Walk(v, k, $"{path}.{k}", ctx, inPalette: path == "meta.palette");
                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                    Walk(arr[i], key, $"{path}[{i}]", ctx, inPalette: false);
                break;
            default:
                if ((inPalette || IsColorKey(key)) && node.AsString() is { } text)
                    CheckColor(text, path, ctx, paletteRefAllowed: key == "color" && path.StartsWith("timeline"));
                break;
        }
    }

    /// <summary>Style keys that hold a colour in the spec's renderers (§6–§8) and in the extension kinds.</summary>
    public static bool IsColorKey(string key) =>
        key is "color" or "fill" or "stroke" or "background"
        || key.EndsWith("Color", StringComparison.Ordinal) || key.EndsWith("Stroke", StringComparison.Ordinal);

    private static void CheckColor(string text, string path, ValidationContext ctx, bool paletteRefAllowed)
    {
        if (text.Length == 0) return; // empty = "use the default" throughout the spec
        if (text.AsSpan().Trim().Length > ColorParser.MaxLength)
        {
            ctx.Error(path, $"colour is {text.Length} characters long; at most {ColorParser.MaxLength} are allowed (e.g. \"#ff6b6b\", \"rgb(255, 107, 107)\")");
            return;
        }
        if (text.StartsWith('$') && paletteRefAllowed) return; // V24 checks the palette reference
        if (!ColorParser.TryParse(text, out _))
            ctx.Warning(path, $"{Describe.Value(JsonValue.Create(text))} is not a colour (#rgb, #rrggbb, #rrggbbaa, a CSS name, rgb()/rgba()/hsl()/hsla()); the default is used");
    }
}
