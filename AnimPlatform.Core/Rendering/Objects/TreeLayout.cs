namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// The reference's binary-tree auto-layout (spec §7.2), reproduced exactly: subtree widths, not extents.
/// Guards against cycles and absurd depths so hostile input cannot hang or overflow the stack.
/// </summary>
public static class TreeLayout
{
    public const int MaxDepth = 500;

    public sealed class Children
    {
        public string? Left { get; set; }
        public string? Right { get; set; }
    }

    public static Dictionary<string, (double X, double Y)> Compute(
        string root, IReadOnlyDictionary<string, Children> children, double levelSpacing, double siblingSpacing, double radius)
    {
        var positions = new Dictionary<string, (double, double)>();
        if (!children.ContainsKey(root)) return positions;
        var leaf = 2 * radius + siblingSpacing;
        var widths = new Dictionary<string, double>();

        double Width(string n, int depth, HashSet<string> path)
        {
            if (widths.TryGetValue(n, out var w)) return w;
            if (depth > MaxDepth || !path.Add(n)) return 0;
            var c = children.GetValueOrDefault(n);
            var left = c?.Left is { } l && children.ContainsKey(l) ? l : null;
            var right = c?.Right is { } r && children.ContainsKey(r) ? r : null;
            if (left is null && right is null) w = leaf;
            else
            {
                var lw = left is null ? 0 : Width(left, depth + 1, path);
                var rw = right is null ? 0 : Width(right, depth + 1, path);
                w = Math.Max(lw + rw, leaf);
            }
            path.Remove(n);
            widths[n] = w;
            return w;
        }

        void Place(string n, double x, double y, int depth)
        {
            if (depth > MaxDepth || positions.ContainsKey(n)) return; // a cycle or a shared child is placed once
            positions[n] = (x, y);
            var c = children.GetValueOrDefault(n);
            var left = c?.Left is { } l && children.ContainsKey(l) ? l : null;
            var right = c?.Right is { } r && children.ContainsKey(r) ? r : null;
            var lw = left is null ? 0 : Width(left, 0, []);
            var rw = right is null ? 0 : Width(right, 0, []);
            if (left is not null) Place(left, Math.Min(x - rw / 2 - lw / 2, x - siblingSpacing), y + levelSpacing, depth + 1);
            if (right is not null) Place(right, Math.Max(x + lw / 2 + rw / 2, x + siblingSpacing), y + levelSpacing, depth + 1);
        }

        Place(root, 0, 0, 0);
        return positions;
    }
}
