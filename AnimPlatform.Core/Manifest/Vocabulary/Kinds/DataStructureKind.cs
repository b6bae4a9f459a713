using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>data-structure (spec §7.3): a row of cells — queue, stack, array or linked list.</summary>
internal static class DataStructureKind
{
    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = ActionCatalog.DataStructure,
        Doc = "One horizontal row of cells (queue, stack, array, linked list; a stack may stand vertically); starts empty.",
        Fields =
        [
            Req("variant", FieldType.String, "queue, stack, array or linked-list"),
            Req("position", FieldType.Position, "canvas position of the centre of the row"),
            Opt("view", FieldType.String, "cells, or bars (extension): each value drawn as a bar of proportional height with the value and index under it", "cells"),
            Opt("arrows", FieldType.Boolean, "extension, linked-list only: node boxes joined by next-pointer arrows (tips on the box outlines, default gap 40); insert-cell and delete-cell animate the rewiring", "false"),
            Opt("caption", FieldType.String, "extension: the text drawn above the row instead of the variant name (\"Array\", \"Queue\", …); \"\" draws none", "the variant name"),
            Opt("orientation", FieldType.String, "horizontal, or vertical (extension, stacks with cells only): the cells stand in a column, the top of the stack at the top, position = centre of the bottom cell; push drops a cell in from above, pop lifts it away", "horizontal"),
        ],
        Variants = ["queue", "stack", "array", "linked-list"],
        Style =
        [
            Style("cellWidth", FieldType.Number, "60", "cell width"),
            Style("cellHeight", FieldType.Number, "40", "cell height"),
            Style("gap", FieldType.Number, "4", "space between cells (0 is allowed)"),
            Style("fillColor", FieldType.Color, "#2a2a4a", "cell fill"),
            Style("borderColor", FieldType.Color, "#5a5a8a", "cell outline"),
            Style("textColor", FieldType.Color, "#ffffff", "cell value colour"),
            Style("arrowColor", FieldType.Color, "#c8c8e0", "linked list with arrows: the arrows' colour"),
            Style("barHeight", FieldType.Number, "200", "bars view: height of the bar of the largest value"),
            Style("maxValue", FieldType.Number, "auto", "bars view: the value drawn barHeight tall (auto: the largest value so far)"),
            Style("captionSize", FieldType.Number, "14", "extension: the caption's font size in px; a size set here also places the caption just clear of the cells (or of the tallest bar, or under a vertical stack's floor)"),
            Style("valueSize", FieldType.Number, "16", "extension: the values' font size in px (bold); under bars a size set here also places the value just under the baseline"),
            Style("indexSize", FieldType.Number, "11 (bars: 14)", "extension, arrays: the index labels' font size in px; a size set here also places them just under the cells (bars: under the values) and a pointer below just under them"),
        ],
        Build = (o, id, style) => new DataStructureDefinition(id, style, o["variant"].AsString() ?? "array", SceneModelBuilder.ReadPoint(o["position"]), o["view"].AsString() == "bars" ? "bars" : "cells")
        {
            Orientation = o["orientation"].AsString() == "vertical" ? "vertical" : "horizontal",
            Arrows = o["arrows"].AsBool() == true,
            Caption = o["caption"] is JsonValue caption && caption.AsString() is { } text ? text : null,
        },
        CreateRuntime = (def, canvas) => new DataStructureRuntime((DataStructureDefinition)def, canvas),
        Example = "{ id: queue, type: data-structure, variant: queue, position: { x: 960, y: 800 } }",
        Check = Check,
        Repair = Repair,
    };

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (o["view"] is { } view && view.AsString() is not ("cells" or "bars"))
            ctx.Warning($"{path}.view", $"data-structure {name}: view must be cells or bars, not {Describe.Value(view)} (cells are drawn)");
        if (o["orientation"] is { } orientation)
        {
            if (orientation.AsString() is not ("horizontal" or "vertical"))
                ctx.Warning($"{path}.orientation", $"data-structure {name}: orientation must be horizontal or vertical, not {Describe.Value(orientation)} (drawn horizontally)");
            else if (orientation.AsString() == "vertical" && (o["variant"].AsString() != "stack" || o["view"].AsString() == "bars"))
                ctx.Warning($"{path}.orientation", $"data-structure {name}: orientation vertical applies to a stack drawn as cells; this {o["variant"].AsString() ?? "row"}{(o["view"].AsString() == "bars" ? " (bars)" : "")} is drawn horizontally");
        }
        if (o["caption"] is { } caption && caption.AsString() is null)
            ctx.Warning($"{path}.caption", $"data-structure {name}: caption must be a string (\"\" hides it), not {Describe.Kind(caption)} (the variant name is drawn)");
        CheckSize(o, "captionSize", path, name, ctx);
        CheckSize(o, "indexSize", path, name, ctx);
        CheckSize(o, "valueSize", path, name, ctx);
        if (o["arrows"].AsBool() == true && o["variant"].AsString() != "linked-list")
            ctx.Warning($"{path}.arrows", $"data-structure {name}: arrows applies to a linked-list; this {o["variant"].AsString() ?? "row"} is drawn without them");
        var variant = o["variant"];
        var variants = Descriptor.Variants;
        if (variants.Contains(variant.AsString())) return;
        var valid = Describe.List(variants);
        ctx.Error($"{path}.variant", variant is null // V17 (also when missing)
            ? $"data-structure {name} has no variant; valid variants: {valid}"
            : $"data-structure {name} has invalid variant {Describe.Value(variant)}; valid variants: {valid}"
              + ctx.Suggest(variant.AsString(), variants));
    }

    /// <summary>A font size set in the object's style must be a positive number of pixels (else the default is drawn).</summary>
    private static void CheckSize(JsonObject o, string key, string path, string name, ValidationContext ctx)
    {
        if (o["style"] is not JsonObject style || !style.TryGetPropertyValue(key, out var value) || value is null) return;
        if (FieldChecks.Numeric(value) is { } n && double.IsFinite(n) && n > 0) return;
        ctx.Warning($"{path}.style.{key}", $"data-structure {name}: {key} must be a positive number of pixels, not {Describe.Value(value)} (the default size is drawn)");
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        if (!Descriptor.Variants.Contains(o["variant"].AsString() ?? ""))
        {
            o["variant"] = "array";
            warn($"{path}.variant", "invalid variant — using array");
        }
        LenientNormalizer.FixPosition(o, path, warn);
    }
}
