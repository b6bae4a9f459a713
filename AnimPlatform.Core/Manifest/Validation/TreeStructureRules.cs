using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Tree parent links: a cycle is an error (its nodes could never be placed under the root); a root or a
/// parent that is not among the nodes only warns, since the renderer tolerates it (the node is not drawn).
/// </summary>
internal static class TreeStructureRules
{
    public static void Check(JsonObject tree, string path, string name, ValidationContext ctx)
    {
        if (tree["nodes"] is not JsonArray nodes) return;
        var parentOf = new Dictionary<string, (string Parent, int Index)>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Get("id").ScalarText() is { Length: > 0 } id) ids.Add(id);

        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Get("id").ScalarText() is not { Length: > 0 } id) continue;
            if (nodes[i].Get("parent").ScalarText() is not { Length: > 0 } parent) continue;
            if (!ids.Contains(parent))
            {
                ctx.Warning($"{path}.nodes[{i}].parent", $"tree {name}: parent \"{parent}\" of node \"{id}\" is not a node of this tree; the node is not drawn");
                continue;
            }
            parentOf[id] = (parent, i);
        }

        if (tree["root"].ScalarText() is { Length: > 0 } root && !ids.Contains(root))
            ctx.Warning($"{path}.root", $"tree {name}: root \"{root}\" is not one of its nodes; nothing is drawn");

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in parentOf.Keys)
        {
            var seen = new List<string>();
            var current = start;
            while (parentOf.TryGetValue(current, out var link) && seen.Count <= parentOf.Count)
            {
                seen.Add(current);
                current = link.Parent;
                var loopAt = seen.IndexOf(current);
                if (loopAt < 0) continue;
                var cycle = seen.Skip(loopAt).ToList();
                if (cycle.Any(reported.Contains)) break;
                reported.UnionWith(cycle);
                ctx.Error($"{path}.nodes[{parentOf[cycle[0]].Index}].parent",
                    $"tree {name}: parent links form a cycle ({string.Join(" → ", cycle.Append(cycle[0]))})");
                break;
            }
        }
    }
}
