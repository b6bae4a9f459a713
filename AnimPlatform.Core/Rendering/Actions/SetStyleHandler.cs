using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>set-style (spec §9.3): node fill/stroke/width of a graph or tree node, or colour/size of a text; else no-op.</summary>
internal sealed class SetStyleHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<ObjectRuntime>(step, "object") is not { } target) return;
        if (step["style"] is not System.Text.Json.Nodes.JsonObject style)
        {
            context.Warn(step, "style must be a mapping");
            return;
        }
        var ease = context.Ease(step);
        var hasNode = step["node"].IsTruthy();
        if (hasNode && target is GraphRuntime or TreeRuntime)
        {
            if (NodeTargets.Node(step, context, target) is not { } node) return;
            if (AnimateColor(step, context, style, "nodeColor", "fill", node.Circle.Fill, start, duration, ease) is { } fill)
                AutoLabel.Follow(node.AutoLabel, node.Label.Color, fill, start, duration, ease);
            _ = AnimateColor(step, context, style, "nodeStroke", "stroke", node.Circle.Stroke, start, duration, ease);
            if (style["lineWidth"].IsTruthy() && style["lineWidth"].AsNumber() is { } w && double.IsFinite(w))
                node.Circle.StrokeWidth.Animate(start, duration, w, ease);
            return;
        }
        if (target is TextRuntime text)
        {
            _ = AnimateColor(step, context, style, "color", "fill", text.Text.Color, start, duration, ease);
            if (style["fontSize"].IsTruthy() && style["fontSize"].AsNumber() is { } size && double.IsFinite(size))
                text.Text.FontSize.Animate(start, duration, size, ease);
            return;
        }
        context.Warn(step, hasNode ? $"target \"{target.Id}\" has no nodes" : $"set-style without node has no effect on a {target.Type}");
    }

    /// <summary>The colour animated to, or null when the style does not set it (or it does not parse).</summary>
    private static Rgba? AnimateColor(ActionStep step, SceneContext context, System.Text.Json.Nodes.JsonObject style,
        string key, string alternative, Track<Rgba> track, double start, double duration, Func<double, double> ease)
    {
        var node = style[key].IsTruthy() ? style[key] : style[alternative];
        if (!node.IsTruthy()) return null;
        if (node.AsString() is { } text && ColorParser.TryParse(text, out var color))
        {
            track.Animate(start, duration, color, ease);
            return color;
        }
        context.Warn(step, $"cannot parse colour {node!.ToJsonString()} — colour unchanged");
        return null;
    }
}
