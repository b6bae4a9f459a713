using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// move-node (spec §9.2): the whole node moves so its centre ends at the canvas point; attached edges
/// follow (graph edges are bound to nodes; tree edges get the same tween on the matching endpoint).
/// </summary>
internal sealed class MoveNodeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (NodeTargets.GraphOrTree(step, context) is not { } target) return;
        if (NodeTargets.Node(step, context, target) is not { } node) return;
        if (!context.TryCentredPosition(step, out var cx, out var cy)) return;
        var x = cx - target.Root.X.At(start);
        var y = cy - target.Root.Y.At(start);
        var ease = context.Ease(step);
        node.Group.X.Animate(start, duration, x, ease);
        node.Group.Y.Animate(start, duration, y, ease);
        if (target is not TreeRuntime tree) return;
        var id = step["node"].ScalarText()!;
        foreach (var ((parent, child), edge) in tree.Edges)
        {
            if (child == id)
            {
                edge.X2.Animate(start, duration, x, ease);
                edge.Y2.Animate(start, duration, y, ease);
            }
            if (parent == id)
            {
                edge.X1.Animate(start, duration, x, ease);
                edge.Y1.Animate(start, duration, y, ease);
            }
        }
    }
}
