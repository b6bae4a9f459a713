namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Places graph nodes in canvas coordinates: layered by BFS depth from the start node when that fits
/// (≤ 5 levels, ≤ 6 nodes a level), otherwise on an ellipse in BFS order; when that layout is not clear,
/// other ellipse orders and row grids are tried, each checked with the same rule.
/// </summary>
public static class GraphLayout
{
    /// <summary>Clearance an edge keeps from every node that is not one of its ends (node radius plus a margin); larger nodes (long names) pass their own.</summary>
    public const double Clearance = 48;

    /// <summary>
    /// The first candidate layout that is clear (see <see cref="IsClear"/>): the layered (or ellipse) layout, then
    /// ellipses in rotated and reversed BFS orders, two- and three-row grids, then seeded shuffles of both; each is
    /// repaired first (nodes an edge grazes are nudged away from it). When none is clear, the one that misses the
    /// rule by the least. After the first candidate, the clear one with the fewest edge crossings wins (the first on a tie). The winner is stretched to fill the area (see <see cref="Filled"/>). Deterministic: the same graph and area give the same layout.
    /// </summary>
    public static Dictionary<string, (double X, double Y)> Compute(GraphSpec g, double top, double bottom, double left = 260, double right = 1660, double clearance = Clearance)
    {
        Dictionary<string, (double X, double Y)>? best = null, clear = null;
        var (bestMiss, clearCrossings, first) = (double.MaxValue, int.MaxValue, true);
        foreach (var candidate in Candidates(g, top, bottom, left, right))
        {
            var pos = Repaired(g, candidate, top, bottom, left, right, clearance);
            var miss = Miss(g, pos, clearance);
            if (miss <= 0 && first) return Filled(g, pos, top, bottom, left, right, clearance);
            first = false;
            if (miss <= 0 && Crossings(g, pos) is var crossings && crossings < clearCrossings)
            {
                (clear, clearCrossings) = (pos, crossings);
                if (crossings == 0) break;
            }
            if (miss < bestMiss) (best, bestMiss) = (pos, miss);
        }
        return Filled(g, clear ?? best!, top, bottom, left, right, clearance);
    }

    /// <summary>The most a layout is stretched along one axis to fill its area (a two-node graph does not become one long edge across the frame).</summary>
    public const double MaxStretch = 4;

    /// <summary>
    /// The layout stretched (never shrunk, at most <see cref="MaxStretch"/> along each axis) and centred so that its
    /// node centres span the area. Stretching by a factor of at least 1 on both axes moves no node closer to another
    /// node or to an edge, so the clearance holds; the weight labels are placed again, so the stretched layout is
    /// kept only when it misses the rule by no more than the layout it came from.
    /// </summary>
    public static Dictionary<string, (double X, double Y)> Filled(GraphSpec g, Dictionary<string, (double X, double Y)> pos,
        double top, double bottom, double left, double right, double clearance = Clearance)
    {
        if (pos.Count < 2) return pos;
        var (minX, maxX) = (pos.Values.Min(p => p.X), pos.Values.Max(p => p.X));
        var (minY, maxY) = (pos.Values.Min(p => p.Y), pos.Values.Max(p => p.Y));
        static double Stretch(double span, double room) => span < 1 ? 1 : Math.Clamp(room / span, 1, MaxStretch);
        var (sx, sy) = (Stretch(maxX - minX, right - left), Stretch(maxY - minY, bottom - top));
        var (cx, cy) = ((minX + maxX) / 2, (minY + maxY) / 2);
        // A layout narrower than its area is centred in it; one the repair pushed wider keeps its place.
        var (tx, ty) = (maxX - minX <= right - left ? (left + right) / 2 : cx, maxY - minY <= bottom - top ? (top + bottom) / 2 : cy);
        var filled = pos.ToDictionary(kv => kv.Key, kv => (tx + (kv.Value.X - cx) * sx, ty + (kv.Value.Y - cy) * sy));
        return Miss(g, filled, clearance) <= Miss(g, pos, clearance) ? filled : pos;
    }

    /// <summary>Pairs of edges without a common end that cross each other.</summary>
    public static int Crossings(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos)
    {
        var count = 0;
        for (var i = 0; i < g.Edges.Count; i++)
        for (var j = i + 1; j < g.Edges.Count; j++)
        {
            var (e, f) = (g.Edges[i], g.Edges[j]);
            if (e.From == f.From || e.From == f.To || e.To == f.From || e.To == f.To) continue;
            var (a, b, c, d) = (pos[e.From], pos[e.To], pos[f.From], pos[f.To]);
            if (Turn(a, b, c) * Turn(a, b, d) < 0 && Turn(c, d, a) * Turn(c, d, b) < 0) count++;
        }
        return count;
    }

    private static double Turn((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        Math.Sign((b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X));

    /// <summary>No edge passes closer than <paramref name="clearance"/> to a node that is not one of its ends, no two nodes overlap, and no weight label sits on a node.</summary>
    public static bool IsClear(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, double clearance = Clearance) => Miss(g, pos, clearance) <= 0;

    /// <summary>By how many pixels a layout misses the rule in all (0 when it is clear).</summary>
    private static double Miss(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, double clearance)
    {
        var miss = 0.0;
        foreach (var e in g.Edges)
        foreach (var n in g.Nodes)
        {
            if (n == e.From || n == e.To) continue;
            miss += Math.Max(0, clearance - DistanceToSegment(pos[n], pos[e.From], pos[e.To]));
        }
        for (var i = 0; i < g.Nodes.Count; i++)
        for (var j = i + 1; j < g.Nodes.Count; j++)
            miss += Math.Max(0, 2 * clearance - Dist(pos[g.Nodes[i]], pos[g.Nodes[j]]));
        var radius = GraphScene.Radius(g);
        foreach (var spot in GraphScene.WeightSpots(g, pos))
        foreach (var n in g.Nodes)
            miss += Math.Max(0, radius + 16 - Dist(spot, pos[n]));
        return miss;
    }

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Candidate layouts, most natural first; all inside the area.</summary>
    private static IEnumerable<Dictionary<string, (double X, double Y)>> Candidates(GraphSpec g, double top, double bottom, double left, double right)
    {
        yield return Initial(g, top, bottom, left, right);
        var order = BfsOrder(g, out _);
        var orders = new List<List<string>>();
        for (var k = 0; k < order.Count; k++)
        {
            orders.Add([.. order.Skip(k), .. order.Take(k)]);
            orders.Add([.. Enumerable.Reverse(orders[^1])]);
        }
        foreach (var o in orders) yield return Ellipse(g, o, top, bottom, left, right);
        foreach (var rows in new[] { 2, 3 })
        foreach (var o in orders) yield return Grid(o, rows, top, bottom, left, right);
        var random = new Random(g.Nodes.Count * 7919 + g.Edges.Count);
        for (var k = 0; k < 400; k++)
        {
            var shuffled = order.OrderBy(_ => random.Next()).ToList();
            yield return k % 3 == 0 ? Ellipse(g, shuffled, top, bottom, left, right) : Grid(shuffled, 2 + k % 3 % 2, top, bottom, left, right);
        }
    }

    /// <summary>Nodes in rows across the area, row by row in the given order, each row centred.</summary>
    private static Dictionary<string, (double X, double Y)> Grid(List<string> order, int rows, double top, double bottom, double left, double right)
    {
        var pos = new Dictionary<string, (double X, double Y)>();
        var perRow = (int)Math.Ceiling(order.Count / (double)rows);
        var dy = rows == 1 ? 0 : (bottom - top) / (rows - 1);
        var dx = (right - left) / Math.Max(1, perRow - 1);
        for (var i = 0; i < order.Count; i++)
        {
            var (row, col) = (i / perRow, i % perRow);
            var count = Math.Min(perRow, order.Count - row * perRow);
            pos[order[i]] = ((left + right) / 2 + (col - (count - 1) / 2.0) * dx, top + row * dy);
        }
        return pos;
    }

    /// <summary>The layout with nodes that an edge grazes nudged away from it (a little beyond the area at most).</summary>
    private static Dictionary<string, (double X, double Y)> Repaired(GraphSpec g, Dictionary<string, (double X, double Y)> pos, double top, double bottom, double left, double right, double clearance)
    {
        for (var round = 0; round < 60 && Conflicts(g, pos, clearance).FirstOrDefault() is var (node, a, b) && node is not null; round++)
        {
            var p = pos[node];
            var (ax, ay) = pos[a];
            var (bx, by) = pos[b];
            var (dx, dy) = (bx - ax, by - ay);
            var len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            var (nx, ny) = (-dy / len, dx / len);
            var side = (p.X - ax) * nx + (p.Y - ay) * ny;
            if (Math.Abs(side) < 1e-6) side = round % 2 == 0 ? 1 : -1;
            var push = clearance + 6 - Math.Abs(side);
            var sign = Math.Sign(side);
            var moved = (X: p.X + nx * push * sign, Y: p.Y + ny * push * sign);
            if (moved.Y < top - 40 || moved.Y > bottom + 40 || moved.X < left - 60 || moved.X > right + 60)
                moved = (p.X - nx * (clearance + 6 + Math.Abs(side)) * sign, p.Y - ny * (clearance + 6 + Math.Abs(side)) * sign);
            pos[node] = (Math.Clamp(moved.X, left - 60, right + 60), Math.Clamp(moved.Y, top - 40, bottom + 40));
        }
        return pos;
    }

    /// <summary>Two node circles closer than two radii plus a gap.</summary>
    public static bool Overlaps(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, double clearance = Clearance)
    {
        for (var i = 0; i < g.Nodes.Count; i++)
        for (var j = i + 1; j < g.Nodes.Count; j++)
        {
            var (a, b) = (pos[g.Nodes[i]], pos[g.Nodes[j]]);
            if (Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y)) < 2 * clearance) return true;
        }
        return false;
    }

    /// <summary>(node, edge ends) for every node an edge passes closer than <see cref="Clearance"/>.</summary>
    public static IEnumerable<(string Node, string A, string B)> Conflicts(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, double clearance = Clearance)
    {
        foreach (var e in g.Edges)
        foreach (var n in g.Nodes)
        {
            if (n == e.From || n == e.To) continue;
            if (DistanceToSegment(pos[n], pos[e.From], pos[e.To]) < clearance) yield return (n, e.From, e.To);
        }
    }

    public static double DistanceToSegment((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var l2 = dx * dx + dy * dy;
        var t = l2 == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / l2, 0, 1);
        var (cx, cy) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(cx * cx + cy * cy);
    }

    private static Dictionary<string, (double X, double Y)> Initial(GraphSpec g, double top, double bottom, double left, double right)
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
        return Ellipse(g, order, top, bottom, left, right);
    }

    private static Dictionary<string, (double X, double Y)> Ellipse(GraphSpec g, List<string> order, double top, double bottom, double left, double right)
    {
        var pos = new Dictionary<string, (double X, double Y)>();
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
