using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>highlight-node (spec §9.2): fill → colour, outline → white 4 px; the label is unchanged.</summary>
internal sealed class HighlightNodeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (NodeTargets.GraphOrTree(step, context) is not { } target) return;
        if (NodeTargets.Node(step, context, target) is not { } node) return;
        var ease = context.Ease(step);
        if (context.TryColor(step, "color", SceneContext.DefaultHighlight, out var color))
        {
            node.Circle.Fill.Animate(start, duration, color, ease);
            AutoLabel.Follow(node.AutoLabel, node.Label.Color, color, start, duration, ease);
        }
        node.Circle.Stroke.Animate(start, duration, Rgba.White, ease);
        node.Circle.StrokeWidth.Animate(start, duration, 4, ease);
    }
}
