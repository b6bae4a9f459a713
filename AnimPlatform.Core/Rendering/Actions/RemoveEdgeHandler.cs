using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// remove-edge (extension): the edge [from, to] (and its weight pill) fades out over the duration and is gone at
/// its end; later actions on it (highlight-edge, a second remove-edge) warn that it is not in the graph.
/// </summary>
internal sealed class RemoveEdgeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<GraphRuntime>(step, "graph") is not { } graph) return;
        if (EdgeEnds.Read(step, context, graph) is not var (from, to)) return;
        if (!graph.Edges.TryGetValue((from, to), out var edge))
        {
            context.Warn(step, $"edge [{from}, {to}] is not in \"{graph.Id}\"" + (graph.Edges.ContainsKey((to, from)) ? $" (did you mean [{to}, {from}]?)" : ""));
            return;
        }
        edge.Opacity.Animate(start, duration, 0, context.Ease(step));
        graph.RemoveEdge(from, to, start + duration);
    }
}
