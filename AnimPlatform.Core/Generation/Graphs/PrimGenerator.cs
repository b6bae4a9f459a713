using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Prim's minimum spanning tree from a start node: always add the lightest edge leaving the tree (ties by name).</summary>
public sealed class PrimGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("prim", "Prim's Algorithm", "Graphs",
        ["prim", "prim's algorithm", "prim algorithm", "jarnik", "minimum spanning tree", "spanning tree"],
        ["prim from A on A-B:4 A-C:1 B-C:2 B-D:5 C-D:8 D-E:3", "minimum spanning tree from A on A-B:2 A-C:3 B-C:1 C-D:4"],
        "a start node and weighted edges, e.g. 'prim from A on A-B:4 A-C:1 B-C:2'");

    public sealed record Trace(IReadOnlyList<GraphEdge> Tree, int Total, IReadOnlyList<string> AddedOrder, IReadOnlyList<Beat> Beats);

    public static Trace Run(GraphSpec g)
    {
        var beats = new BeatList();
        var inTree = new HashSet<string> { g.Start };
        var added = new List<string> { g.Start };
        var tree = new List<GraphEdge>();
        var total = 0;
        beats.Add($"Start the tree at {g.Start}", "tree: " + g.Start, 1, new NodeColor(g.Start, "visited"));
        while (true)
        {
            var crossing = g.Edges.Where(e => inTree.Contains(e.From) != inTree.Contains(e.To))
                .OrderBy(e => e.Weight).ThenBy(e => inTree.Contains(e.From) ? e.To : e.From, StringComparer.Ordinal).ToList();
            if (crossing.Count == 0) break;
            if (added.Count == 2) beats.Phase("Keep adding the lightest edge leaving the tree");
            var best = crossing[0];
            var v = inTree.Contains(best.From) ? best.To : best.From;
            beats.Add($"Edges leaving the tree: {string.Join(", ", crossing.Select(e => $"{e.From}–{e.To}:{e.Weight}"))} → lightest {best.From}–{best.To}", null, 3,
                crossing.Select(e => (Change)new EdgeColor(e.From, e.To, "compare")).ToArray());
            inTree.Add(v);
            added.Add(v);
            tree.Add(best);
            total += best.Weight;
            var back = crossing.Skip(1).Select(e => (Change)new EdgeColor(e.From, e.To, "edgeBase"));
            beats.Add($"Add {v} with edge {best.From}–{best.To} (weight {best.Weight})", $"tree: {string.Join(" ", added)}  ·  total weight = {total}", 4,
                back.Append(new EdgeColor(best.From, best.To, "path")).Append(new NodeColor(v, "visited")).ToArray());
        }
        return new Trace(tree, total, added, beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: true, seed, notes);
        var trace = Run(g);
        var result = trace.AddedOrder.Count == g.Nodes.Count
            ? $"tree weight {trace.Total}, nodes added {string.Join(" ", trace.AddedOrder)}"
            : $"only {string.Join(", ", trace.AddedOrder)} can be reached (weight {trace.Total})";
        var text = new LessonText("Grow one tree, always by the lightest edge leaving it",
            "The cheapest edge across the cut between tree and rest is always safe",
            $"Prim's algorithm grows a minimum spanning tree from {g.Start}, always adding the lightest edge that leaves the tree.",
            ["One tree grows from the start node", "The lightest edge across the cut is always part of some minimum tree"],
            ["Time: O(E log V) with a binary heap", "Space: O(V)"],
            "Prim grows a single tree, always by the lightest edge leaving it. With a heap it runs in E log V time.",
            "always add the lightest edge that leaves the tree");
        return LessonShow.Build(Info, text, $"Start {g.Start} · edges {g.Describe(true)}", $"Prim's algorithm from {g.Start}",
            $"Prim starts at {g.Start} and adds the lightest edge leaving the tree each time. The result is a {result}.",
            [("crossing edges", "compare"), ("in the tree", "path"), ("tree nodes", "visited")],
            PseudocodeTables.Prim, (s, p) => GraphLesson.Play(s, p, g, true, trace.Beats, $"Minimum spanning tree: {result}"),
            result, GraphInput.Example(g, true), notes, trace);
    }
}
