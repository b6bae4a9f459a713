using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>Finds nodes and edges of the graph or tree an action targets, warning when they don't exist.</summary>
internal static class NodeTargets
{
    public static ObjectRuntime? GraphOrTree(ActionStep step, SceneContext context)
    {
        var target = context.Target<ObjectRuntime>(step, "graph or tree");
        if (target is null or GraphRuntime or TreeRuntime) return target;
        context.Warn(step, $"target \"{target.Id}\" is a {target.Type}, not a graph or tree");
        return null;
    }

    public static NodeParts? Node(ActionStep step, SceneContext context, ObjectRuntime target)
    {
        var id = step["node"].ScalarText();
        var nodes = target switch
        {
            GraphRuntime g => g.Nodes,
            TreeRuntime t => t.Nodes,
            _ => null,
        };
        if (id is not null && nodes is not null && nodes.TryGetValue(id, out var parts)) return parts;
        context.Warn(step, id is null ? "no node given" : $"node \"{id}\" not found in \"{target.Id}\"");
        return null;
    }

    public static LineElement? Edge(ActionStep step, SceneContext context, ObjectRuntime target)
    {
        if (step["edge"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } pair)
        {
            context.Warn(step, "edge must be a list [from, to]");
            return null;
        }
        var key = (pair[0].ScalarText() ?? "", pair[1].ScalarText() ?? "");
        LineElement? edge = target switch
        {
            GraphRuntime g => g.Edges.GetValueOrDefault(key),
            TreeRuntime t => t.Edges.GetValueOrDefault(key),
            _ => null,
        };
        if (edge is null) context.Warn(step, $"edge [{key.Item1}, {key.Item2}] not found in \"{target.Id}\"");
        return edge;
    }
}
