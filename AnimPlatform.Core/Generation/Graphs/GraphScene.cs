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

    /// <summary>Queue/stack cells wide enough for the longest node name (the cell text is 16 px monospace, ~10 px a character).</summary>
    public static JsonObject? NameCells(GraphSpec g)
    {
        var longest = g.Nodes.Select(n => n.Length).DefaultIfEmpty(1).Max();
        return longest <= 5 ? null : new JsonObject { ["cellWidth"] = longest * 10 + 24 };
    }

    /// <summary>Adds the graph object (and weight texts) and returns the ids to fade in with it.</summary>
    public static List<string> Add(SceneBuilder s, GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, bool weighted)
    {
        s.Add(new JsonObject
        {
            ["id"] = GraphId,
            ["type"] = "graph",
            ["nodes"] = new JsonArray(g.Nodes.Select(n => (JsonNode?)new JsonObject
            {
                ["id"] = n, ["label"] = n, ["x"] = Math.Round(pos[n].X, 1), ["y"] = Math.Round(pos[n].Y, 1),
            }).ToArray()),
            ["edges"] = new JsonArray(g.Edges.Select(e => (JsonNode?)new JsonObject { ["from"] = e.From, ["to"] = e.To }).ToArray()),
            ["style"] = LabelFit(g.Nodes),
        });
        var ids = new List<string> { GraphId };
        if (!weighted) return ids;
        for (var i = 0; i < g.Edges.Count; i++)
        {
            var e = g.Edges[i];
            var (ax, ay) = pos[e.From];
            var (bx, by) = pos[e.To];
            var (mx, my) = ((ax + bx) / 2, (ay + by) / 2);
            var len = Math.Max(1, Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay)));
            // Offset the label perpendicular to the edge, towards the upper side.
            var (nx, ny) = (-(by - ay) / len, (bx - ax) / len);
            if (ny > 0 || (ny == 0 && nx < 0)) (nx, ny) = (-nx, -ny);
            var id = $"w{i}";
            s.Text(id, mx + nx * 20, my + ny * 20, "bold 22px sans-serif", "#f1c40f", e.Weight.ToString());
            ids.Add(id);
        }
        return ids;
    }
}
