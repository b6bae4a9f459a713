using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// add-edge and remove-edge: an end that is not a node of the target graph's definition is a warning at
/// <c>edge[0]</c> or <c>edge[1]</c> (the renderer skips the action). Whether the edge is there at that moment
/// depends on the timeline before it, so that is left to the renderer's warnings.
/// </summary>
internal static class EdgeActionHints
{
    public static void UnknownNodes(JsonObject action, string path, string name, ValidationContext ctx)
    {
        if (action["edge"] is not JsonArray { Count: >= 2 } pair) return;
        if (action["target"].ScalarText() is not { } id || !ctx.Objects.TryGetValue(id, out var graph)
            || graph.Type != ActionCatalog.Graph || graph.Source?["nodes"] is not JsonArray nodes) return;
        var ids = nodes.Select(n => n.Get("id").ScalarText()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var end = 0; end < 2; end++)
            if (pair[end].ScalarText() is { Length: > 0 } node && !ids.Contains(node))
                ctx.Warning($"{path}.edge[{end}]", $"({name}) node {Describe.Quote(node)} is not a node of graph {Describe.Quote(id)}"
                    + (ids.Count > 0 ? $" (nodes: {Describe.List(ids)})" : "") + "; the action will do nothing" + ctx.Suggest(node, ids));
    }
}
