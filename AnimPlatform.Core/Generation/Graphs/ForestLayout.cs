using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Places a union-find forest: each set a tree with its root on top and children under their parent, trees side by side
/// in the order of their smallest element; the leaves are spread evenly so that the outer ones span the diagram's width, a parent sits over the middle
/// of its children. The levels share the height down to <see cref="Bottom"/> (clear of the parent/rank table under the
/// forest), at most <see cref="MaxLevelGap"/> apart: a deep tree stays above the table, and a root with many children
/// hangs them low enough that its edges to the outer ones pass clear of the inner ones.
/// </summary>
public static class ForestLayout
{
    public const double Top = 240;

    /// <summary>The lowest level's centre: a node there (radius at most 36) ends above the table's column headers.</summary>
    public const double Bottom = 560;

    public const double MaxLevelGap = 240;

    public static Dictionary<string, (double X, double Y)> Compute(IReadOnlyList<string> elements, IReadOnlyDictionary<string, string> parent)
    {
        var children = elements.ToDictionary(e => e, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var e in elements) if (parent[e] != e) children[parent[e]].Add(e);
        var roots = elements.Where(e => parent[e] == e).ToList();
        int Leaves(string n) => children[n].Count == 0 ? 1 : children[n].Sum(Leaves);
        int Depth(string n) => children[n].Count == 0 ? 0 : 1 + children[n].Max(Depth);
        var deepest = roots.Select(Depth).DefaultIfEmpty(0).Max();
        var gap = deepest == 0 ? 0 : Math.Min(MaxLevelGap, (Bottom - Top) / deepest);
        var total = roots.Sum(Leaves);
        var width = LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 120;
        // The outer leaves' centres span the whole width (a slot of at most 240 px).
        var slot = Math.Min(240, width / Math.Max(1, total - 1));
        var next = LessonLayout.DiagramCenterX - total * slot / 2 + slot / 2;
        var pos = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        double Place(string n, int depth)
        {
            double x;
            if (children[n].Count == 0)
            {
                x = next;
                next += slot;
            }
            else
            {
                var xs = children[n].Select(c => Place(c, depth + 1)).ToList();
                x = (xs[0] + xs[^1]) / 2;
            }
            pos[n] = (Math.Round(x, 1), Math.Round(Top + depth * gap, 1));
            return x;
        }
        foreach (var r in roots) Place(r, 0);
        return pos;
    }
}
