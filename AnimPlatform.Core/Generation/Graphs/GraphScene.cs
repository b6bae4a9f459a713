using AnimPlatform.Core.Generation.Building.Lessons;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Adds a laid-out graph (and, for weighted graphs, weight labels beside each edge) to a scene.</summary>
public static class GraphScene
{
    public const string GraphId = "graph";

    /// <summary>Node radius and label size that fit the longest name (up to 12 characters) inside its circle.</summary>
    public static JsonObject LabelFit(IEnumerable<string> names)
    {
        var longest = names.Select(n => n.Length).DefaultIfEmpty(1).Max();
        var font = longest <= 3 ? 22 : longest <= 6 ? 20 : 18;
        var radius = Math.Max(34, Math.Ceiling(longest * font * 0.62 / 2) + 10);
        return new JsonObject { ["nodeRadius"] = radius, ["labelFont"] = $"{font}px monospace" };
    }

    /// <summary>The node radius <see cref="LabelFit"/> gives this graph.</summary>
    public static double Radius(GraphSpec g) => (double)LabelFit(g.Nodes)["nodeRadius"]!;

    /// <summary>The layout clearance for this graph's nodes: the default, or the radius plus a margin for long names.</summary>
    public static double Clearance(GraphSpec g) => Math.Max(GraphLayout.Clearance, Radius(g) + 14);

    /// <summary>Queue/stack cells wide enough for the longest node name (the cell text is 16 px monospace, ~10 px a character).</summary>
    public static JsonObject? NameCells(GraphSpec g)
    {
        var longest = g.Nodes.Select(n => n.Length).DefaultIfEmpty(1).Max();
        // Values are LessonLayout.ValueSize bold monospace: about 0.6 em a character.
        return longest <= 5 ? null : new JsonObject { ["cellWidth"] = Math.Ceiling(longest * LessonLayout.ValueSize * 0.6 + 16) };
    }

    /// <summary>
    /// Where an edge's weight goes: beside the edge (perpendicular, the upper side first) near its middle,
    /// at the first spot clear of every node circle and of the weights already placed.
    /// </summary>
    public static (double X, double Y) WeightSpot((double X, double Y) a, (double X, double Y) b,
        IReadOnlyList<(double X, double Y)> nodes, IReadOnlyList<(double X, double Y)> placed, double radius)
    {
        var len = Math.Max(1, Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y)));
        var (nx, ny) = (-(b.Y - a.Y) / len, (b.X - a.X) / len);
        if (ny > 0 || (ny == 0 && nx < 0)) (nx, ny) = (-nx, -ny);
        (double X, double Y) best = ((a.X + b.X) / 2 + nx * 20, (a.Y + b.Y) / 2 + ny * 20);
        var bestScore = double.MinValue;
        foreach (var t in new[] { 0.5, 0.42, 0.58, 0.34, 0.66 })
        foreach (var side in new[] { 1, -1 })
        {
            var c = (X: a.X + (b.X - a.X) * t + nx * 20 * side, Y: a.Y + (b.Y - a.Y) * t + ny * 20 * side);
            var score = nodes.Select(n => Dist(c, n) - radius - 20).Concat(placed.Select(p => Dist(c, p) - 34)).DefaultIfEmpty(999).Min();
            if (score >= 0) return c;
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /// <summary>The weight label spot of every edge, in edge order.</summary>
    public static List<(double X, double Y)> WeightSpots(GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos)
    {
        var radius = (double)LabelFit(g.Nodes)["nodeRadius"]!;
        var nodes = g.Nodes.Select(n => pos[n]).ToList();
        var placed = new List<(double X, double Y)>();
        foreach (var e in g.Edges) placed.Add(WeightSpot(pos[e.From], pos[e.To], nodes, placed, radius));
        return placed;
    }

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Adds the graph object (and weight texts) and returns the ids to fade in with it.</summary>
    public static List<string> Add(SceneBuilder s, GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, bool weighted)
    {
        s.Add(new JsonObject
        {
            ["id"] = GraphId,
            ["type"] = "graph",
            ["directed"] = g.Directed,
            ["nodes"] = new JsonArray(g.Nodes.Select(n => (JsonNode?)new JsonObject
            {
                ["id"] = n, ["label"] = n, ["x"] = Math.Round(pos[n].X, 1), ["y"] = Math.Round(pos[n].Y, 1),
            }).ToArray()),
            ["edges"] = new JsonArray(g.Edges.Select(e => (JsonNode?)new JsonObject { ["from"] = e.From, ["to"] = e.To }).ToArray()),
            ["style"] = LabelFit(g.Nodes),
        });
        var ids = new List<string> { GraphId };
        if (!weighted) return ids;
        var spots = WeightSpots(g, pos);
        for (var i = 0; i < g.Edges.Count; i++)
        {
            var e = g.Edges[i];
            var (x, y) = spots[i];
            var id = $"w{i}";
            s.Text(id, x, y, "bold 22px sans-serif", "#f1c40f", e.Weight.ToString());
            ids.Add(id);
        }
        return ids;
    }
}
