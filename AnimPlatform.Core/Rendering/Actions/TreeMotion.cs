using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

internal static class TreeMotion
{
    /// <summary>Moves every laid-out node (but <paramref name="except"/>) and its incoming edge to the current layout.</summary>
    public static void MoveAll(TreeRuntime tree, double start, double duration, Func<double, double> ease, string? except = null)
    {
        foreach (var (id, pos) in tree.Positions)
        {
            if (id == except || !tree.Nodes.TryGetValue(id, out var parts)) continue;
            parts.Group.X.Animate(start, duration, pos.X, ease);
            parts.Group.Y.Animate(start, duration, pos.Y, ease);
            if (!tree.ParentOf.TryGetValue(id, out var parent) || !tree.Positions.TryGetValue(parent, out var from)) continue;
            if (!tree.Edges.TryGetValue((parent, id), out var edge)) continue;
            edge.X1.Animate(start, duration, from.X, ease);
            edge.Y1.Animate(start, duration, from.Y, ease);
            edge.X2.Animate(start, duration, pos.X, ease);
            edge.Y2.Animate(start, duration, pos.Y, ease);
        }
    }
}
