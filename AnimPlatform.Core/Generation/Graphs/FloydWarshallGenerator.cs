using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Floyd-Warshall all-pairs shortest paths on an undirected weighted graph, as a distance table updated once per intermediate node k.</summary>
public sealed class FloydWarshallGenerator : IShowGenerator
{
    public const int MaxNodes = 6;
    public const int Infinity = int.MaxValue / 4;

    public GeneratorInfo Info { get; } = new("floyd-warshall", "Floyd-Warshall", "Graphs",
        ["floyd warshall", "floyd warshall algorithm", "all pairs shortest paths", "all pairs shortest path", "floyd"],
        ["floyd warshall on A-B:3 A-C:8 B-C:2 C-D:1 B-D:7", "all pairs shortest paths on 1-2:4 2-3:1 1-3:6 3-4:2"],
        $"weighted edges on at most {MaxNodes} nodes, e.g. 'floyd warshall on A-B:3 A-C:8 B-C:2'");

    public sealed record Trace(IReadOnlyList<string> Nodes, int[,] Distance, IReadOnlyList<Beat> Beats);

    public static Trace Run(GraphSpec g)
    {
        var nodes = g.Nodes;
        var n = nodes.Count;
        var d = new int[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) d[i, j] = i == j ? 0 : Infinity;
        foreach (var e in g.Edges)
        {
            var (a, b) = (Index(nodes, e.From), Index(nodes, e.To));
            d[a, b] = d[b, a] = Math.Min(d[a, b], e.Weight);
        }
        var beats = new BeatList();
        for (var k = 0; k < n; k++)
        {
            beats.Phase($"Allow paths through {nodes[k]}", $"k = {nodes[k]}: dist[i][j] = min(dist[i][j], dist[i][{nodes[k]}] + dist[{nodes[k]}][j])");
            var improved = 0;
            for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j || i == k || j == k || d[i, k] >= Infinity || d[k, j] >= Infinity) continue;
                var via = d[i, k] + d[k, j];
                if (via >= d[i, j]) continue;
                var old = d[i, j];
                d[i, j] = via;
                improved++;
                beats.Add($"{nodes[i]} → {nodes[j]} via {nodes[k]}: {d[i, k]} + {d[k, j]} = {via} < {Show(old)}", null, 4,
                    new CellChange(i, k, null, "compare"), new CellChange(k, j, null, "compare"), new CellChange(i, j, via.ToString(), "found"),
                    new CellChange(i, k, null, "base"), new CellChange(k, j, null, "base"));
            }
            if (improved == 0) beats.Add($"No path gets shorter through {nodes[k]}", null, 5);
        }
        return new Trace(nodes, d, beats.Beats);
    }

    private static int Index(IReadOnlyList<string> nodes, string name) => nodes.ToList().IndexOf(name);

    public static string Show(int d) => d >= Infinity ? "∞" : d.ToString();

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: true, seed, notes, needsStart: false);
        if (g.Nodes.Count > MaxNodes)
        {
            if (g.Edges.Count > 0 && !notes.Any(x => x.StartsWith("no edges given")))
                throw new GeneratorInputException("graph", $"the graph has {g.Nodes.Count} nodes; the distance table fits at most {MaxNodes}");
            g = new GraphSpec(g.Nodes.Take(MaxNodes).ToList(), g.Edges.Where(e => g.Nodes.Take(MaxNodes).Contains(e.From) && g.Nodes.Take(MaxNodes).Contains(e.To)).ToList(), g.Start) { Directed = g.Directed };
            notes.Add($"the random graph was cut to {MaxNodes} nodes so the table fits");
        }
        var trace = Run(g);
        var n = g.Nodes.Count;
        var initial = new string?[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) initial[i, j] = Show(Direct(g, i, j));
        var result = $"all {n * n} distances known after {n} rounds";
        var text = new LessonText("Shortest distances between every pair of nodes",
            "Round k lets paths pass through node k: keep dist[i][k] + dist[k][j] when it is shorter",
            "Floyd-Warshall finds the shortest distance between every pair of nodes, allowing one more intermediate node in each round.",
            ["After round k, paths may use the first k nodes in between", "Three nested loops over a distance table"],
            ["Time: O(V³)", "Space: O(V²)"],
            "Floyd-Warshall updates a distance table once per node, each time allowing paths through that node. It takes cubic time.",
            "each round lets the paths pass through one more node");
        return LessonShow.Build(Info, text, "Edges " + g.Describe(true), "Floyd-Warshall distance table",
            $"The table starts with the direct edges. Each round allows one more node in between. {result}.",
            [("dist[i][k] and dist[k][j]", "compare"), ("shorter path found", "found")],
            PseudocodeTables.FloydWarshall, (s, p) => TableLesson.Play(s, p, g.Nodes, g.Nodes, initial, trace.Beats, result),
            result, g.Describe(true), notes, trace);
    }

    private static int Direct(GraphSpec g, int i, int j)
    {
        if (i == j) return 0;
        var w = g.Edges.Where(e => (e.From == g.Nodes[i] && e.To == g.Nodes[j]) || (e.From == g.Nodes[j] && e.To == g.Nodes[i])).Select(e => e.Weight).DefaultIfEmpty(Infinity).Min();
        return w;
    }
}
