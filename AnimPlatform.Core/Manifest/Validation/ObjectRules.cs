using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>Spec §13.1 V9–V17: the <c>objects</c> list; registers object ids for the timeline checks.</summary>
internal static class ObjectRules
{
    /// <summary>V14: required fields per object type (spec §7; an explicit null counts as present).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredFields = new Dictionary<string, string[]>
    {
        [ActionCatalog.Graph] = ["nodes", "edges"],
        [ActionCatalog.Tree] = ["root", "nodes", "position"],
        [ActionCatalog.DataStructure] = ["variant", "position"],
        [ActionCatalog.Text] = ["content", "position"],
    };

    public static readonly string[] DataStructureVariants = ["queue", "stack", "array", "linked-list"];
    public static readonly string[] TreeVariants = ["binary", "nary", "heap"];

    public static void Check(JsonObject manifest, ValidationContext ctx)
    {
        var objects = manifest["objects"];
        if (objects is not JsonArray list)
        {
            ctx.Error("objects", objects is null
                ? "missing objects (must be an array of object definitions; use [] for none)"
                : $"objects must be an array of object definitions, not {Describe.Kind(objects)}"); // V9
            return;
        }
        for (var i = 0; i < list.Count; i++)
            CheckObject(list[i], $"objects[{i}]", i, ctx);
    }

    private static void CheckObject(JsonNode? item, string path, int index, ValidationContext ctx)
    {
        if (item is not JsonObject o)
        {
            ctx.Error(path, $"object definition must be a mapping with id and type, not {Describe.Kind(item)} (object skipped)");
            return;
        }

        var id = o["id"].ScalarText();
        if (string.IsNullOrEmpty(id)) // V10
        {
            ctx.Error($"{path}.id", o["id"] is JsonArray or JsonObject
                ? $"object id must be a string, not {Describe.Kind(o["id"])} (object skipped from further checks)"
                : "object missing id (object skipped from further checks)");
            return;
        }

        var typeNode = o["type"];
        var type = typeNode.AsString();
        if (ctx.Objects.TryGetValue(id, out var first)) // V11
            ctx.Error($"{path}.id", $"duplicate object id {Describe.Quote(id)} (already used by objects[{first.Index}])");
        else
            ctx.Objects[id] = new RegisteredObject(id, type, index);

        var name = Describe.Quote(id);
        if (typeNode is null || type == "") // V12
        {
            ctx.Error($"{path}.type", $"object {name} missing type (skipped); expected one of {Describe.List(ActionCatalog.ObjectTypes)}");
            return;
        }
        if (type is null || !RequiredFields.TryGetValue(type, out var required)) // V13
        {
            ctx.Warning($"{path}.type", $"object {name} has unknown type {Describe.Value(typeNode)} (skipped); expected one of "
                + Describe.List(ActionCatalog.ObjectTypes) + ctx.Suggest(type, ActionCatalog.ObjectTypes));
            return;
        }

        foreach (var field in required) // V14
            if (!o.ContainsKey(field))
                ctx.Error($"{path}.{field}", $"object {name} (type {type}) missing required field {field}");

        switch (type)
        {
            case ActionCatalog.Graph:
                CheckGraph(o, path, name, ctx);
                break;
            case ActionCatalog.DataStructure:
                CheckDataStructureVariant(o, path, name, ctx);
                break;
            case ActionCatalog.Tree:
                CheckListShape(o, "nodes", path, name, ctx);
                if (o["variant"] is { } variant && !TreeVariants.Contains(variant.AsString()))
                    ctx.Warning($"{path}.variant", $"tree {name} has unknown variant {Describe.Value(variant)}; it is laid out as binary "
                        + $"(valid variants: {Describe.List(TreeVariants)})");
                TreeStructureRules.Check(o, path, name, ctx);
                break;
        }
        if (type != ActionCatalog.Graph) CheckPosition(o, path, name, ctx);
    }

    private static void CheckGraph(JsonObject o, string path, string name, ValidationContext ctx)
    {
        CheckListShape(o, "nodes", path, name, ctx);
        CheckListShape(o, "edges", path, name, ctx);
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
        }
    }

    private static void CheckEndpoint(JsonObject edge, string end, string edgePath, string graph, HashSet<string> nodeIds, ValidationContext ctx)
    {
        var value = edge[end];
        var nodeId = value.ScalarText();
        if (string.IsNullOrEmpty(nodeId))
            ctx.Error($"{edgePath}.{end}", $"graph {graph} edge has no {end} node (expected a node id)");
        else if (!nodeIds.Contains(nodeId))
            ctx.Error($"{edgePath}.{end}", $"graph {graph} edge references unknown node {Describe.Quote(nodeId)} in {end}"
                + (nodeIds.Count > 0 ? $" (nodes: {Describe.List(nodeIds)})" : " (the graph has no nodes)"));
    }

    private static void CheckDataStructureVariant(JsonObject o, string path, string name, ValidationContext ctx)
    {
        var variant = o["variant"];
        if (DataStructureVariants.Contains(variant.AsString())) return;
        var valid = Describe.List(DataStructureVariants);
        ctx.Error($"{path}.variant", variant is null // V17 (also when missing)
            ? $"data-structure {name} has no variant; valid variants: {valid}"
            : $"data-structure {name} has invalid variant {Describe.Value(variant)}; valid variants: {valid}"
              + ctx.Suggest(variant.AsString(), DataStructureVariants));
    }

    /// <summary>Warning only: the renderer treats a non-list as empty (spec §14 repairs it the same way).</summary>
    private static void CheckListShape(JsonObject o, string field, string path, string name, ValidationContext ctx)
    {
        if (o.TryGetPropertyValue(field, out var value) && value is not JsonArray)
            ctx.Warning($"{path}.{field}", $"object {name}: {field} should be a list, not {Describe.Kind(value)} (treated as empty)");
    }

    /// <summary>Warning only: an unusable position is read as (0, 0).</summary>
    private static void CheckPosition(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (o.TryGetPropertyValue("position", out var position) && !IsPoint(position))
            ctx.Warning($"{path}.position", $"object {name}: position should be a mapping {{x: number, y: number}}, not "
                + (position is JsonObject ? "a mapping without numeric x and y" : Describe.Kind(position)) + " (missing coordinates are read as 0)");
    }

    public static bool IsPoint(JsonNode? node) =>
        node is JsonObject && node["x"].AsNumber() is { } x && double.IsFinite(x) && node["y"].AsNumber() is { } y && double.IsFinite(y);
}
