using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>Spec §13.1 V1–V8: the <c>meta</c> mapping.</summary>
internal static class MetaRules
{
    public static void Check(JsonObject manifest, ValidationContext ctx)
    {
        var meta = manifest["meta"];
        if (meta is null)
        {
            ctx.Error("meta", "missing required field meta (a mapping with title and canvas)"); // V1
            return;
        }
        if (meta is not JsonObject m)
        {
            ctx.Error("meta", $"meta must be a mapping with title and canvas, not {Describe.Kind(meta)}"); // V1
            return;
        }

        var title = m["title"];
        if (!title.IsTruthy())
            ctx.Error("meta.title", "meta.title is required (a non-empty string)"); // V2
        else if (!title.IsScalar())
            ctx.Error("meta.title", $"meta.title must be a string, not {Describe.Kind(title)}"); // V2

        CheckCanvas(m["canvas"], ctx);

        var easing = m["easing"];
        if (easing is not null && easing.AsString() != "" && !Easings.IsKnown(easing.AsString())) // V6
            ctx.Warning("meta.easing",
                $"{Describe.Value(easing)} is not a known easing function (linear is used)"
                + ctx.Suggest(easing.AsString(), Easings.Names));

        if (m["defaults"] is { } defaults && defaults.IsScalar() && defaults.IsTruthy()) // V7
            ctx.Error("meta.defaults", $"defaults must be an object (object type → style mapping), not {Describe.Kind(defaults)}");

        var palette = m["palette"];
        if (palette is not null && palette.IsScalar() && palette.IsTruthy()) // V8
            ctx.Error("meta.palette", $"palette must be an object (name → colour mapping), not {Describe.Kind(palette)}");
        ctx.Palette = palette as JsonObject;
        StepNarrationRules.CheckMeta(m, ctx);
    }

    private static void CheckCanvas(JsonNode? canvas, ValidationContext ctx)
    {
        if (canvas is null)
        {
            ctx.Error("meta.canvas", "meta.canvas is required (a mapping with width, height and optional background)"); // V3
            return;
        }
        if (canvas is not JsonObject c)
        {
            ctx.Error("meta.canvas", $"meta.canvas must be a mapping with width and height, not {Describe.Kind(canvas)}"); // V3
            return;
        }
        CheckSize(c["width"], "width", ctx);   // V4
        CheckSize(c["height"], "height", ctx); // V5
    }

    private static void CheckSize(JsonNode? value, string name, ValidationContext ctx)
    {
        if (!value.IsTruthy())
            ctx.Error($"meta.canvas.{name}", $"canvas {name} is required (a positive number of pixels, e.g. {(name == "width" ? 1920 : 1080)})");
        else if (value.AsNumber() is not { } n || !double.IsFinite(n) || n < 0)
            ctx.Error($"meta.canvas.{name}", $"canvas {name} must be a positive number of pixels, not {Describe.Value(value)}");
    }
}
