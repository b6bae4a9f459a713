using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>tree (spec §7.2): a binary tree laid out from its root position.</summary>
internal static class TreeKind
{
    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = ActionCatalog.Tree,
        Doc = "A binary tree laid out automatically below its root.",
        Fields =
        [
            Req("root", FieldType.NodeId, "the id of the root node"),
            Req("nodes", FieldType.List, "list of {id, label?, parent?, side?}; side is left or right"),
            Req("position", FieldType.Position, "canvas position of the root node's centre"),
            Opt("variant", FieldType.String, "binary, nary or heap — all are laid out as binary trees", "binary"),
        ],
        Variants = ["binary", "nary", "heap"],
        Style =
        [
            Style("nodeRadius", FieldType.Number, "30", "circle radius"),
            Style("levelSpacing", FieldType.Number, "100", "vertical distance between levels"),
            Style("siblingSpacing", FieldType.Number, "60", "horizontal gap between neighbouring leaves"),
            Style("nodeColor", FieldType.Color, "#2d4a7a", "circle fill"),
            Style("nodeStroke", FieldType.Color, "#5b8fd9", "circle outline"),
            Style("strokeWidth", FieldType.Number, "3", "outline width"),
            Style("edgeColor", FieldType.Color, "#4a6a9a", "parent–child line colour"),
            Style("edgeWidth", FieldType.Number, "3", "line width"),
            Style("labelColor", FieldType.Color, "#ffffff", "label colour"),
            Style("labelFont", FieldType.String, "20px", "size only; always bold monospace"),
        ],
        Build = (o, id, style) => new TreeDefinition(id, style, o["root"].ScalarText() ?? "", o["variant"].AsString() ?? "binary",
            SceneModelBuilder.ReadPoint(o["position"]), Nodes(o["nodes"])),
        CreateRuntime = (def, canvas) => new TreeRuntime((TreeDefinition)def, canvas),
        Example = "{ id: tree, type: tree, root: B, position: { x: 960, y: 300 }, nodes: [{ id: B }, { id: C, parent: B, side: right }] }",
        Check = Check,
        Repair = Repair,
    };

    private static List<TreeNodeDefinition> Nodes(JsonNode? nodes) =>
        (nodes as JsonArray ?? []).OfType<JsonObject>()
            .Select(n => (n, id: n["id"].ScalarText()))
            .Where(x => !string.IsNullOrEmpty(x.id))
            .Select(x =>
            {
                var label = x.n["label"].ScalarText();
                return new TreeNodeDefinition(x.id!, string.IsNullOrEmpty(label) ? x.id! : label,
                    x.n["parent"].ScalarText(), x.n["side"].AsString());
            }).ToList();

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (o["variant"] is { } variant && !Descriptor.Variants.Contains(variant.AsString()))
            ctx.Warning($"{path}.variant", $"tree {name} has unknown variant {Describe.Value(variant)}; it is laid out as binary "
                + $"(valid variants: {Describe.List(Descriptor.Variants)})");
        TreeStructureRules.Check(o, path, name, ctx);
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        if (o.ContainsKey("variant") && !Descriptor.Variants.Contains(o["variant"].AsString() ?? ""))
        {
            o["variant"] = "binary";
            warn($"{path}.variant", "invalid variant — using binary");
        }
        var ids = LenientNormalizer.NormalizeNodes(o, path, warn, _ => { });
        var nodes = (JsonArray)o["nodes"]!;
        foreach (var n in nodes.OfType<JsonObject>())
        {
            var id = n["id"].ScalarText();
            if (n.ContainsKey("side") && n["side"].AsString() is not ("left" or "right"))
            {
                n.Remove("side");
                warn($"{path}.nodes", $"node \"{id}\": invalid side removed");
            }
            if (n.ContainsKey("parent") && (n["parent"].ScalarText() is not { } parent || !ids.Contains(parent)))
            {
                n.Remove("parent");
                n.Remove("side");
                warn($"{path}.nodes", $"node \"{id}\": unknown parent removed");
            }
        }
        if (o["root"].AsString() is null)
        {
            o["root"] = nodes.Count > 0 ? (nodes[0] as JsonObject)?["id"].ScalarText() ?? "root" : "root";
            warn($"{path}.root", $"missing root — using \"{o["root"].AsString()}\"");
        }
        LenientNormalizer.FixPosition(o, path, warn);
    }
}
