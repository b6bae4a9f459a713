using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Where the trie's "node" pointer stands beside each node: the first side (right, left, above, below, then the corners) whose marker and
/// tag, as the renderer draws them, keep clear of every node circle, every edge of the final trie (each version on
/// screen is part of it), the fixed boxes given (the "root" label) and the diagram area's edges. Nodes sit where the
/// final trie puts them, so a side chosen once holds for the whole walkthrough.
/// </summary>
public static class TriePointerSides
{
    /// <summary>The sides tried, in order: the four straight ones, then the corners (for a node with edges on every side).</summary>
    public static readonly IReadOnlyList<string> Order = ["right", "left", "above", "below", "above-right", "above-left", "below-right", "below-left"];

    /// <summary>Pointer geometry (px at 1080p) as the renderer draws a 20 px tag of "node": gap, marker, tag size.</summary>
    public const double Gap = 3, Marker = 10, MarkerWidth = 14, TagHeight = 30, Margin = 4;

    public static double TagWidth(string label, double fontSize = 20) =>
        Math.Max(TagHeight, Math.Round(label.Length * fontSize * 0.602 + fontSize * 0.8));

    /// <summary>The box the marker and tag cover on <paramref name="side"/> of a node at <paramref name="c"/> (outline at <paramref name="r"/>).</summary>
    public static (double L, double T, double R, double B) Footprint((double X, double Y) c, double r, string side, double tagWidth)
    {
        var near = r + Gap;
        switch (side)
        {
            case "right": return (c.X + near, c.Y - TagHeight / 2, c.X + near + Marker + tagWidth, c.Y + TagHeight / 2);
            case "left": return (c.X - near - Marker - tagWidth, c.Y - TagHeight / 2, c.X - near, c.Y + TagHeight / 2);
            case "above": return (c.X - tagWidth / 2, c.Y - near - Marker - TagHeight, c.X + tagWidth / 2, c.Y - near);
            case "below": return (c.X - tagWidth / 2, c.Y + near, c.X + tagWidth / 2, c.Y + near + Marker + TagHeight);
        }
        // A corner: the marker runs out along the diagonal, the tag's rounded corner meets its base (PointerElement.TagCentre).
        var sx = side.EndsWith("right") ? 1 : -1;
        var sy = side.StartsWith("below") ? 1 : -1;
        var k = Math.Sqrt(0.5);
        var (ux, uy) = (sx * k, sy * k);
        var (tipX, tipY) = (c.X + ux * (r + Gap), c.Y + uy * (r + Gap));
        var (baseX, baseY) = (tipX + ux * Marker, tipY + uy * Marker);
        var (w1X, w1Y) = (baseX - uy * MarkerWidth / 2, baseY + ux * MarkerWidth / 2);
        var (w2X, w2Y) = (baseX + uy * MarkerWidth / 2, baseY - ux * MarkerWidth / 2);
        var reach = r + Gap + Marker - TagHeight * 0.3 * (Math.Sqrt(2) - 1);
        var (nearX, nearY) = (c.X + ux * reach, c.Y + uy * reach);
        var (farX, farY) = (nearX + sx * tagWidth, nearY + sy * TagHeight);
        var xs = new[] { tipX, w1X, w2X, nearX, farX };
        var ys = new[] { tipY, w1Y, w2Y, nearY, farY };
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    /// <summary>
    /// A side for every node of <paramref name="pos"/> (prefix → centre; a prefix's parent is the prefix one letter shorter):
    /// the first of <see cref="Order"/> that is clear, else the one that touches the fewest things.
    /// </summary>
    /// <param name="anchor">How far from a centre the pointer's place is (the radius plus half the initial outline).</param>
    /// <param name="reach">How far from a centre a node is drawn (the radius plus half the widest outline, a word's ring).</param>
    public static Dictionary<string, string> Choose(IReadOnlyDictionary<string, (double X, double Y)> pos, double anchor, double reach,
        string label, IReadOnlyList<(double L, double T, double R, double B)> fixedBoxes) =>
        Sides(pos, anchor, reach, label, fixedBoxes).ToDictionary(p => p.Key, p => p.Value.Side);

    /// <summary>How many nodes of <paramref name="pos"/> have no clear side (their tag would touch something wherever it stands).</summary>
    public static int Blocked(IReadOnlyDictionary<string, (double X, double Y)> pos, double anchor, double reach,
        string label, IReadOnlyList<(double L, double T, double R, double B)> fixedBoxes) =>
        Sides(pos, anchor, reach, label, fixedBoxes).Count(p => p.Value.Hits > 0);

    private static Dictionary<string, (string Side, int Hits)> Sides(IReadOnlyDictionary<string, (double X, double Y)> pos, double anchor, double reach,
        string label, IReadOnlyList<(double L, double T, double R, double B)> fixedBoxes)
    {
        var width = TagWidth(label);
        var edges = pos.Keys.Where(p => p.Length > 0 && pos.ContainsKey(p[..^1])).Select(p => (From: pos[p[..^1]], To: pos[p])).ToList();
        var result = new Dictionary<string, (string, int)>();
        foreach (var (prefix, c) in pos)
        {
            int Hits(string side)
            {
                var (l, t, r, b) = Footprint(c, anchor, side, width);
                // The diagram area bounds the tag itself; other things keep a margin from it.
                var hits = l < LessonLayout.DiagramLeft || r > LessonLayout.DiagramRight || t < LessonLayout.ContentTop - 1 || b > LessonLayout.ContentBottom ? 1 : 0;
                (l, t, r, b) = (l - Margin, t - Margin, r + Margin, b + Margin);
                hits += pos.Where(o => o.Key != prefix).Count(o => CircleHitsBox(o.Value, reach, l, t, r, b));
                hits += edges.Count(e => SegmentHitsBox(e.From, e.To, l, t, r, b));
                hits += fixedBoxes.Count(f => f.L < r && l < f.R && f.T < b && t < f.B);
                return hits;
            }
            var side = Order.FirstOrDefault(side => Hits(side) == 0) ?? Order.MinBy(Hits)!;
            result[prefix] = (side, Hits(side));
        }
        return result;
    }

    private static bool CircleHitsBox((double X, double Y) c, double r, double l, double t, double rr, double b)
    {
        var dx = c.X - Math.Clamp(c.X, l, rr);
        var dy = c.Y - Math.Clamp(c.Y, t, b);
        return dx * dx + dy * dy < r * r;
    }

    /// <summary>Whether the segment a–b passes through the box (Liang–Barsky clipping).</summary>
    public static bool SegmentHitsBox((double X, double Y) a, (double X, double Y) b, double l, double t, double r, double bottom)
    {
        double lo = 0, hi = 1;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        foreach (var (p, q) in new[] { (-dx, a.X - l), (dx, r - a.X), (-dy, a.Y - t), (dy, bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0) return false;
                continue;
            }
            var u = q / p;
            if (p < 0) lo = Math.Max(lo, u);
            else hi = Math.Min(hi, u);
            if (lo > hi) return false;
        }
        return true;
    }
}
