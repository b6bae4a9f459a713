using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>The [from, to] pair of add-edge and remove-edge: two ids of nodes of the graph, else a warning and null.</summary>
internal static class EdgeEnds
{
    public static (string From, string To)? Read(ActionStep step, SceneContext context, GraphRuntime graph)
    {
        if (step["edge"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } pair
            || pair[0].ScalarText() is not { Length: > 0 } from || pair[1].ScalarText() is not { Length: > 0 } to)
        {
            context.Warn(step, "edge must be a list [from, to] of two node ids");
            return null;
        }
        foreach (var id in new[] { from, to })
            if (!graph.Nodes.ContainsKey(id))
            {
                context.Warn(step, $"node \"{id}\" not found in \"{graph.Id}\"");
                return null;
            }
        return (from, to);
    }
}
