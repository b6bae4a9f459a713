using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// A small text beside every node (Dijkstra's distance, a degree …), placed in the direction around the
/// node that is farthest from the other nodes, the edges and the weight labels, so it reads as the node's own.
/// </summary>
public static class NodeNotes
{
    public static string NoteId(string node) => "note_" + node;

    /// <summary>Adds one text per node with <paramref name="initial"/>, returns the ids (fade them in with the graph). <paramref name="keepLeftFree"/>: leave the left of each node to a pointer.</summary>
    public static List<string> Add(SceneBuilder s, GraphSpec g, IReadOnlyDictionary<string, (double X, double Y)> pos, double radius,
        bool weighted, Func<string, string> initial, string color, bool keepLeftFree = false,
        double minX = 0, double maxX = Theme.Width)
    {
        var weightLabels = weighted ? GraphScene.WeightSpots(g, pos) : [];
        var taken = new List<(double X, double Y)>();
        var ids = new List<string>();
        foreach (var n in g.Nodes)
        {
            var (x, y) = pos[n];
            var best = (X: x, Y: y - radius - 24);
            var bestScore = double.MinValue;
            for (var k = 0; k < 12; k++)
            {
                var a = k * Math.PI / 6 - Math.PI / 2;
                if (keepLeftFree && Math.Cos(a) < -0.1) continue; // a pointer's tag sits left of the node
                var d = radius + 30 + Math.Abs(Math.Cos(a)) * 18;
                var c = (X: x + Math.Cos(a) * d, Y: y + Math.Sin(a) * d);
                if (c.X - 45 < minX || c.X + 45 > maxX) continue; // stays inside the diagram area
                var score = double.MaxValue;
                foreach (var m in g.Nodes.Where(m => m != n)) score = Math.Min(score, Dist(c, pos[m]) - radius - 30);
                foreach (var e in g.Edges) score = Math.Min(score, GraphLayout.DistanceToSegment(c, pos[e.From], pos[e.To]) - 16);
                foreach (var w in weightLabels.Concat(taken)) score = Math.Min(score, Dist(c, w) - 44);
                if (k == 0) score += 4; // prefer above on a tie
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            taken.Add(best);
            var id = NoteId(n);
            s.Text(id, best.X, best.Y, "bold 22px sans-serif", color, initial(n));
            ids.Add(id);
        }
        return ids;
    }

    private static double Dist((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
