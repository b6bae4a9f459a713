using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Kruskal's minimum spanning tree: edges by weight (ties by name), kept when union-find says they join two trees.</summary>
public sealed class KruskalGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("kruskal", "Kruskal's Algorithm", "Graphs",
        ["kruskal", "kruskal's algorithm", "kruskal algorithm", "minimum spanning tree kruskal", "kruskal minimum spanning tree", "kruskal's minimum spanning tree"],
        ["kruskal on A-B:4 A-C:1 B-C:2 B-D:5 C-D:8 D-E:3", "kruskal mst on 1-2:3 2-3:1 1-3:2 3-4:4"],
        "weighted edges, e.g. 'kruskal on A-B:4 A-C:1 B-C:2 B-D:5'");

    public sealed record Trace(IReadOnlyList<GraphEdge> Tree, int Total, IReadOnlyList<GraphEdge> Considered, IReadOnlyList<Beat> Beats);

    public static Trace Run(GraphSpec g)
    {
        var uf = new UnionFind(g.Nodes);
        var beats = new BeatList();
        var tree = new List<GraphEdge>();
        var considered = new List<GraphEdge>();
        var order = g.Edges.OrderBy(e => e.Weight).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();
        beats.Phase("Edges from lightest to heaviest", "sorted: " + string.Join("  ", order.Select(e => $"{e.From}{e.To}:{e.Weight}")));
        var total = 0;
        foreach (var e in order)
        {
            if (tree.Count == g.Nodes.Count - 1) break;
            considered.Add(e);
            var (ra, rb) = (uf.Find(e.From), uf.Find(e.To));
            beats.Add($"Edge {e.From}–{e.To} (weight {e.Weight}): find({e.From}) = {ra}, find({e.To}) = {rb}", null, 2, new EdgeColor(e.From, e.To, "compare"));
            if (ra == rb)
            {
                beats.Add($"Same tree {ra} → {e.From}–{e.To} would close a cycle: skip", null, 3, new EdgeColor(e.From, e.To, "discard"));
                continue;
            }
            uf.Union(e.From, e.To);
            tree.Add(e);
            total += e.Weight;
            beats.Add($"Different trees → keep {e.From}–{e.To} and union them", $"tree edges: {tree.Count}  ·  total weight = {total}", 4,
                new EdgeColor(e.From, e.To, "path"), new NodeColor(e.From, "visited"), new NodeColor(e.To, "visited"));
        }
        return new Trace(tree, total, considered, beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: true, seed, notes, needsStart: false);
        var trace = Run(g);
        var spanning = trace.Tree.Count == g.Nodes.Count - 1;
        var result = spanning ? $"tree weight {trace.Total} with {trace.Tree.Count} edges" : $"the graph is not connected: a forest of weight {trace.Total}";
        var text = new LessonText("Grow a minimum spanning tree from the lightest edges",
            "Take edges from lightest to heaviest; skip any that would close a cycle",
            "Kruskal's algorithm builds a minimum spanning tree by taking the lightest edges that do not close a cycle.",
            ["Sort the edges by weight", "Union-find tells in near-constant time whether an edge closes a cycle"],
            ["Time: O(E log E) for sorting", "Union-find: O(α(n)) per operation"],
            "Kruskal sorts the edges and keeps each one that joins two different trees, using union find to detect cycles.",
            "take the lightest edge that joins two different trees");
        return LessonShow.Build(Info, text, "Edges " + g.Describe(true), "Kruskal's minimum spanning tree",
            $"Kruskal looks at the edges from lightest to heaviest. The result is a {result}.",
            [("considering", "compare"), ("in the tree", "path"), ("would close a cycle", "discard")],
            PseudocodeTables.Kruskal, (s, p) => GraphLesson.Play(s, p, g, true, trace.Beats, $"Minimum spanning tree: {result}"),
            result, g.Describe(true), notes, trace);
    }
}
