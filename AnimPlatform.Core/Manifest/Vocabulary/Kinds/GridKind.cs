using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>grid (extension): a rows × cols table with optional headers and values.</summary>
internal static class GridKind
{
    public const string Type = "grid";

    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = Type,
        Doc = "A rows × cols table (DP tables, adjacency matrices, boards); cells are addressed [row, col] from 0.",
        Extension = true,
        Fields =
        [
            Req("rows", FieldType.Number, "number of rows (1–100)"),
            Req("cols", FieldType.Number, "number of columns (1–100)"),
            Req("position", FieldType.Position, "canvas position of the centre of the table"),
            Opt("values", FieldType.List, "list of rows, each a list of cell values"),
            Opt("rowHeaders", FieldType.List, "labels left of the rows"),
            Opt("colHeaders", FieldType.List, "labels above the columns"),
        ],
        Style =
        [
            Style("cellWidth", FieldType.Number, "60", "cell width"),
            Style("cellHeight", FieldType.Number, "44", "cell height"),
            Style("fontSize", FieldType.Number, "18", "value size, px (bold monospace)"),
            Style("fillColor", FieldType.Color, "#2a2a4a", "cell fill"),
            Style("borderColor", FieldType.Color, "#5a5a8a", "cell outline"),
            Style("textColor", FieldType.Color, "#ffffff", "value colour"),
            Style("headerColor", FieldType.Color, "#aaaacc", "header colour"),
        ],
        Build = (o, id, style) => new KindDefinition(id, Type, style, o, SceneModelBuilder.ReadPoint(o["position"])),
        CreateRuntime = (def, canvas) => new GridRuntime((KindDefinition)def, canvas),
        Example = "{ id: grid, type: grid, rows: 2, cols: 3, position: { x: 400, y: 850 }, colHeaders: [\"\", A, B], values: [[0, 0, 0], [0, 1, 1]] }",
        Check = Check,
        Repair = Repair,
    };

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        foreach (var key in new[] { "rows", "cols" })
            if (o[key] is { } n && !(n.AsNumber() is { } v && v >= 1 && v <= 100 && Math.Floor(v) == v))
                ctx.Error($"{path}.{key}", $"grid {name}: {key} must be a whole number from 1 to 100, not {Describe.Value(n)}");
        if (o["values"] is JsonArray rows && o["rows"].AsNumber() is { } r && rows.Count > r)
            ctx.Warning($"{path}.values", $"grid {name}: values has {rows.Count} rows but the grid has {r}; the extra rows are not drawn");
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        foreach (var key in new[] { "rows", "cols" })
            if (LenientValues.Integer(o[key]) is not { } n || n < 1)
            {
                o[key] = 1;
                warn($"{path}.{key}", $"invalid {key} — using 1");
            }
            else o[key] = Math.Min(n, 100);
        LenientNormalizer.FixPosition(o, path, warn);
    }
}
