namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Places graph nodes in canvas coordinates: layered by BFS depth from the start node when that fits
/// (≤ 5 levels, ≤ 6 nodes a level), otherwise on an ellipse in BFS order.
/// </summary>
public static class GraphLayout
{
    public static Dictionary<string, (double X, double Y)> Compute(GraphSpec g, double top, double bottom, double left = 260, double right = 1660)
    {
        var order = BfsOrder(g, out var level);
        var levels = order.GroupBy(n => level[n]).OrderBy(x => x.Key).Select(x => x.ToList()).ToList();
        var pos = new Dictionary<string, (double X, double Y)>();
        if (levels.Count <= 5 && levels.All(l => l.Count <= 6))
        {
            var dy = levels.Count == 1 ? 0 : Math.Min(170, (bottom - top) / (levels.Count - 1));
            var y0 = levels.Count == 1 ? (top + bottom) / 2 : top + ((bottom - top) - dy * (levels.Count - 1)) / 2;
            for (var k = 0; k < levels.Count; k++)
            {
                var row = levels[k];
                if (k > 0)
                {
                    // Order a level by the mean x of its already placed neighbours (fewer crossings).
                    row = row.OrderBy(n =>
                    {
                        var xs = g.Neighbours(n).Select(x => x.Node).Where(pos.ContainsKey).Select(x => pos[x].X).ToList();
                        return xs.Count == 0 ? double.MaxValue : xs.Average();
                    }).ThenBy(n => order.IndexOf(n)).ToList();
                }
                var dx = Math.Min(280, (right - left) / Math.Max(1, row.Count));
                var cx = (left + right) / 2;
                for (var i = 0; i < row.Count; i++)
                    pos[row[i]] = (cx + (i - (row.Count - 1) / 2.0) * dx, y0 + k * dy);
            }
            return pos;
        }
        var rx = (right - left) / 2;
        var ry = (bottom - top) / 2;
        var centre = ((left + right) / 2, (top + bottom) / 2);
        for (var i = 0; i < order.Count; i++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / order.Count;
            pos[order[i]] = (centre.Item1 + rx * Math.Cos(angle), centre.Item2 + ry * Math.Sin(angle));
        }
        return pos;
    }

    /// <summary>Nodes in BFS order from the start (unreachable ones after, each component in turn) with their depth.</summary>
    private static List<string> BfsOrder(GraphSpec g, out Dictionary<string, int> level)
    {
        level = new Dictionary<string, int>();
        var order = new List<string>();
        var maxLevel = -1;
        foreach (var root in new[] { g.Start }.Concat(g.Nodes))
        {
            if (level.ContainsKey(root)) continue;
            var baseLevel = maxLevel + 1;
            level[root] = baseLevel;
            var queue = new Queue<string>([root]);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                order.Add(u);
                maxLevel = Math.Max(maxLevel, level[u]);
                foreach (var (v, _) in g.Neighbours(u))
                {
                    if (level.ContainsKey(v)) continue;
                    level[v] = level[u] + 1;
                    queue.Enqueue(v);
                }
            }
        }
        return order;
    }
}
