using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// insert-node (spec §9.6): link the node, re-layout, then phase A (⅔·D) the new node fades in and travels
/// from its parent's new position with its edge; phase B (⅓·D) every other node moves to its new place.
/// </summary>
internal sealed class InsertNodeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<TreeRuntime>(step, "tree") is not { } tree) return;
        var id = step["node"].ScalarText();
        var parent = step["parent"].ScalarText();
        var side = step["side"].AsString();
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(parent) || side is not ("left" or "right"))
        {
            context.Warn(step, "needs node, parent and side (left or right)");
            return;
        }
        var label = step["label"].ScalarText() is { Length: > 0 } l ? l : id;

        tree.Children.TryAdd(id, new TreeLayout.Children());
        if (tree.Children.TryGetValue(parent, out var record))
        {
            if (side == "left") record.Left = id; else record.Right = id;
        }
        tree.ParentOf[id] = parent;
        tree.Relayout();
        if (!tree.Positions.TryGetValue(parent, out var parentPos) || !tree.Positions.TryGetValue(id, out var target))
        {
            context.Warn(step, $"parent \"{parent}\" is not in tree \"{tree.Id}\"");
            return;
        }

        var ease = context.Ease(step);
        var phaseA = duration * 2 / 3;
        var edge = new LineElement(tree.Style.EdgeColor, tree.Style.EdgeWidth, parentPos.X, parentPos.Y, parentPos.X, parentPos.Y) { Born = start };
        tree.Root.Children.Insert(0, edge);
        tree.Edges[(parent, id)] = edge;
        var parts = tree.Style.CreateNode(label, parentPos.X, parentPos.Y, opacity: 0);
        parts.Group.Born = start;
        tree.Root.Add(parts.Group);
        tree.Nodes[id] = parts;

        parts.Group.Opacity.Animate(start, 0.3 * phaseA, 1, ease);
        parts.Group.X.Animate(start, phaseA, target.X, ease);
        parts.Group.Y.Animate(start, phaseA, target.Y, ease);
        edge.X2.Animate(start, phaseA, target.X, ease);
        edge.Y2.Animate(start, phaseA, target.Y, ease);

        TreeMotion.MoveAll(tree, start + phaseA, duration - phaseA, ease, except: id);
    }
}
