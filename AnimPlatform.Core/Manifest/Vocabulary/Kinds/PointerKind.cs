using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Pointers;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>pointer (extension): a labelled marker attached to an array cell, a grid cell or a node.</summary>
internal static class PointerKind
{
    public const string Type = "pointer";

    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = Type,
        Doc = "A labelled marker (i, j, lo, mid, hi, pivot, head, tail) on an array cell, grid cell or graph/tree node; "
            + "follows its place, slides on move-pointer; pointers on one place stack.",
        Extension = true,
        Fields =
        [
            Req("on", FieldType.String, "id of the data-structure, grid, graph or tree it points into"),
            Req("at", FieldType.Any, "the place: a cell index (data-structure), [row, col] (grid) or a node id (graph, tree)"),
            Opt("label", FieldType.String, "the text on the tag", "the id"),
            Opt("side", FieldType.String, string.Join(" | ", PointerSides.Names) + ": where the tag sits", "below"),
        ],
        Style =
        [
            Style("color", FieldType.Color, "#f1c40f", "marker and tag fill"),
            Style("textColor", FieldType.Color, "auto", "label colour; auto = black or white, whichever reads on the fill"),
            Style("fontSize", FieldType.Number, "18", "label size, px (bold monospace)"),
        ],
        Build = (o, id, style) => new KindDefinition(id, Type, style, o, new Point2(0, 0)),
        CreateRuntime = (def, canvas) => new PointerRuntime((KindDefinition)def, canvas),
        Example = "{ id: i, type: pointer, on: queue, at: 0, label: i }",
        Check = (o, path, name, ctx) => PointerPlaceRules.Side(o["side"], $"{path}.side", $"pointer {name}", ctx),
        CheckLinks = CheckLinks,
        Repair = Repair,
    };

    private static void CheckLinks(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (!o.ContainsKey("on")) return; // V14 already reported
        if (PointerPlaceRules.Host(o["on"], $"{path}.on", $"pointer {name}", ctx, error: true) is not { } host) return;
        if (o.ContainsKey("at")) PointerPlaceRules.Place(host, o["at"], $"{path}.at", $"pointer {name}", ctx, error: true);
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        if (o["side"] is { } side && PointerSides.Parse(side.AsString()) is null)
        {
            o.Remove("side");
            warn($"{path}.side", "invalid side — using below");
        }
    }
}
