using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>highlight-edge (spec §9.2): line colour → colour, width → 5; the pair must match the edge's direction.</summary>
internal sealed class HighlightEdgeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (NodeTargets.GraphOrTree(step, context) is not { } target) return;
        if (NodeTargets.Edge(step, context, target) is not { } edge) return;
        var ease = context.Ease(step);
        if (context.TryColor(step, "color", SceneContext.DefaultHighlight, out var color))
            edge.Color.Animate(start, duration, color, ease);
        edge.Width.Animate(start, duration, 5, ease);
    }
}
