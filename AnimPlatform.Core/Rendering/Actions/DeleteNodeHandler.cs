using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// delete-node (spec §9.6): phase A (D/2) the node, its subtree and their incoming edges fade out; the
/// subtree leaves the live structure; phase B (D/2) the remaining nodes move to the new layout.
/// </summary>
internal sealed class DeleteNodeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<TreeRuntime>(step, "tree") is not { } tree) return;
        var id = step["node"].ScalarText();
        if (string.IsNullOrEmpty(id) || !tree.Children.ContainsKey(id) || !tree.Nodes.ContainsKey(id))
        {
            context.Warn(step, id is null ? "no node given" : $"node \"{id}\" not found in \"{tree.Id}\"");
            return;
        }
        var ease = context.Ease(step);
        var half = duration / 2;
        var subtree = tree.Subtree(id);
        foreach (var n in subtree)
        {
            if (tree.Nodes.TryGetValue(n, out var parts)) parts.Group.Opacity.Animate(start, half, 0, ease);
            if (tree.ParentOf.TryGetValue(n, out var p) && tree.Edges.TryGetValue((p, n), out var edge))
                edge.Opacity.Animate(start, half, 0, ease);
        }
        if (tree.ParentOf.TryGetValue(id, out var parent) && tree.Children.TryGetValue(parent, out var record))
        {
            if (record.Left == id) record.Left = null;
            if (record.Right == id) record.Right = null;
        }
        foreach (var n in subtree)
        {
            tree.Children.Remove(n);
            tree.ParentOf.Remove(n);
            tree.Nodes.Remove(n);
        }
        tree.Relayout();
        TreeMotion.MoveAll(tree, start + half, half, ease);
    }
}
