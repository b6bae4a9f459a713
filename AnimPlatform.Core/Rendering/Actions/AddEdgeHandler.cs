using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// add-edge (extension): a new edge [from, to] between two nodes of a graph fades in over the duration (with its
/// arrowhead on a directed graph, its weight pill when given) and from then on is an edge like the defined ones
/// (highlight-edge, remove-edge). An unknown node or an edge already there is a warning and nothing changes.
/// </summary>
internal sealed class AddEdgeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<GraphRuntime>(step, "graph") is not { } graph) return;
        if (EdgeEnds.Read(step, context, graph) is not var (from, to)) return;
        if (graph.Edges.ContainsKey((from, to)))
        {
            context.Warn(step, $"edge [{from}, {to}] is already in \"{graph.Id}\"");
            return;
        }
        var weight = step["weight"].ScalarText() is { Length: > 0 } w ? w : null;
        var (edge, _) = graph.AddEdge(from, to, weight, start);
        edge.Opacity.Set(start, 0);
        edge.Opacity.Animate(start, duration, 1, context.Ease(step));
    }
}
