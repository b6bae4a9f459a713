using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>graph (spec §7.1): nodes at absolute canvas coordinates joined by edges.</summary>
internal static class GraphKind
{
    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = ActionCatalog.Graph,
        Doc = "Nodes at fixed canvas positions, joined by edges.",
        Fields =
        [
            Req("nodes", FieldType.List, "list of {id, label?, x, y}; x, y are canvas coordinates of the node centre"),
            Req("edges", FieldType.List, "list of {from, to} node ids, each with an optional weight (extension: a label drawn beside the edge)"),
            Opt("directed", FieldType.Boolean, "extension: arrowheads that end on the to-node's outline; the two edges of a pair A→B, B→A curve apart", "false"),
            Opt("layout", FieldType.String, "accepted and ignored"),
        ],
        Style =
        [
            Style("nodeRadius", FieldType.Number, "30", "circle radius"),
            Style("nodeColor", FieldType.Color, "#4a4a6a", "circle fill"),
            Style("nodeStroke", FieldType.Color, "#7c7caa", "circle outline"),
            Style("strokeWidth", FieldType.Number, "3", "outline width"),
            Style("edgeColor", FieldType.Color, "#3a3a5a", "edge colour"),
            Style("edgeWidth", FieldType.Number, "3", "edge width"),
            Style("labelColor", FieldType.Color, "#ffffff", "label colour"),
            Style("labelFont", FieldType.String, "20px", "only the px size is read; labels are bold monospace"),
            Style("weightFont", FieldType.String, "18px", "extension: size of edge weight labels (bold monospace)"),
            Style("weightColor", FieldType.Color, "auto", "extension: weight text; auto = black or white, whichever reads on the canvas background"),
        ],
        Build = (o, id, style) => new GraphDefinition(id, style, Nodes(o["nodes"]), Edges(o["edges"]), o["directed"].AsBool() == true),
        CreateRuntime = (def, canvas) => new GraphRuntime((GraphDefinition)def, canvas),
        Example = "{ id: graph, type: graph, nodes: [{ id: A, x: 700, y: 500 }, { id: B, x: 1000, y: 500 }], edges: [{ from: A, to: B }] }",
        Check = Check,
        Repair = Repair,
    };

    private static List<GraphNodeDefinition> Nodes(JsonNode? nodes) =>
        (nodes as JsonArray ?? []).OfType<JsonObject>()
            .Select(n => (n, id: n["id"].ScalarText()))
            .Where(x => !string.IsNullOrEmpty(x.id))
            .Select(x =>
            {
                var p = SceneModelBuilder.ReadPoint(x.n);
                var label = x.n["label"].ScalarText();
                return new GraphNodeDefinition(x.id!, string.IsNullOrEmpty(label) ? x.id! : label, p.X, p.Y);
            }).ToList();

    private static List<GraphEdgeDefinition> Edges(JsonNode? edges) =>
        (edges as JsonArray ?? []).OfType<JsonObject>()
            .Select(e => new GraphEdgeDefinition(e["from"].ScalarText() ?? "", e["to"].ScalarText() ?? "",
                e["weight"] is { } w && w.ScalarText() is { Length: > 0 } text ? text : null))
            .ToList();

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        if (o["nodes"] is JsonArray nodes)
            foreach (var node in nodes)
                if (node.Get("id").ScalarText() is { Length: > 0 } nodeId) nodeIds.Add(nodeId);

        if (o["edges"] is not JsonArray edges) return;
        for (var k = 0; k < edges.Count; k++)
        {
            var edgePath = $"{path}.edges[{k}]";
            if (edges[k] is not JsonObject edge)
            {
                ctx.Error(edgePath, $"graph {name} edge must be a mapping {{from, to}}, not {Describe.Kind(edges[k])}");
                continue;
            }
            CheckEndpoint(edge, "from", edgePath, name, nodeIds, ctx); // V15
            CheckEndpoint(edge, "to", edgePath, name, nodeIds, ctx);   // V16
            if (edge["weight"] is { } weight && !weight.IsScalar())
                ctx.Warning($"{edgePath}.weight", $"graph {name} edge weight should be a number or a short text, not {Describe.Kind(weight)} (not drawn)");
        }
    }

    private static void CheckEndpoint(JsonObject edge, string end, string edgePath, string graph, HashSet<string> nodeIds, ValidationContext ctx)
    {
        var nodeId = edge[end].ScalarText();
        if (string.IsNullOrEmpty(nodeId))
            ctx.Error($"{edgePath}.{end}", $"graph {graph} edge has no {end} node (expected a node id)");
        else if (!nodeIds.Contains(nodeId))
            ctx.Error($"{edgePath}.{end}", $"graph {graph} edge references unknown node {Describe.Quote(nodeId)} in {end}"
                + (nodeIds.Count > 0 ? $" (nodes: {Describe.List(nodeIds)})" : " (the graph has no nodes)"));
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        var ids = LenientNormalizer.NormalizeNodes(o, path, warn, n =>
        {
            n["x"] = LenientValues.Number(n["x"]) ?? 0;
            n["y"] = LenientValues.Number(n["y"]) ?? 0;
        });
        if (o["edges"] is not JsonArray edges)
        {
            o["edges"] = new JsonArray();
            return;
        }
        for (var k = 0; k < edges.Count; k++)
        {
            if (edges[k] is JsonObject e && e["from"].ScalarText() is { } from && e["to"].ScalarText() is { } to && ids.Contains(from) && ids.Contains(to))
                continue;
            warn($"{path}.edges[{k}]", "edge without from/to or with an unknown node dropped");
            edges.RemoveAt(k--);
        }
    }
}
