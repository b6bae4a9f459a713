using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Graphs;
using static AnimPlatform.Tests.Generation.GenerationTestKit;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class GraphGeneratorTests
{
    public static TheoryData<string> Graphs() => new()
    {
        "from A on A-B A-C B-D B-E C-F",
        "from 1 on 1-2 1-3 2-4 3-4 4-5",
        "from C on A-B B-C C-D D-E E-A A-C",
        "from A on A-B C-D",                           // D, C unreachable
        "from A on A-B B-C C-D D-E E-F F-G G-H H-I I-J", // a long path (ellipse layout)
        "",                                            // seeded random graph
    };

    private static Dictionary<string, List<string>> Adjacency(GraphSpec g) =>
        g.Nodes.ToDictionary(n => n, n => g.Edges.Where(e => e.From == n || e.To == n).Select(e => e.From == n ? e.To : e.From)
            .OrderBy(x => x, StringComparer.Ordinal).ToList());

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Bfs_visits_in_reference_order(string input)
    {
        var g = GraphInput.Parse(input, false, 42, []);
        var adj = Adjacency(g);
        var expected = new List<string>();
        var seen = new HashSet<string> { g.Start };
        var q = new Queue<string>([g.Start]);
        while (q.Count > 0)
        {
            var u = q.Dequeue();
            expected.Add(u);
            foreach (var v in adj[u]) if (seen.Add(v)) q.Enqueue(v);
        }
        var generated = Generate(new BfsGenerator(), input);
        var trace = (BfsGenerator.Trace)generated.Trace;
        Assert.Equal(expected, trace.Order);
        // The show's queue replays the same order: what is dequeued is what was visited.
        var queue = ReplayCells(Scene(generated.Show, "walkthrough"))["queue"];
        Assert.Empty(queue[^1]);
        Assert.Equal(expected, VisitedOrder(generated.Show, "$current"));
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Dfs_visits_in_reference_order(string input)
    {
        var g = GraphInput.Parse(input, false, 42, []);
        var adj = Adjacency(g);
        var expected = new List<string>();
        var finished = new List<string>();
        void Visit(string u)
        {
            expected.Add(u);
            foreach (var v in adj[u]) if (!expected.Contains(v)) Visit(v);
            finished.Add(u);
        }
        Visit(g.Start);
        var generated = Generate(new DfsGenerator(), input);
        var trace = (DfsGenerator.Trace)generated.Trace;
        Assert.Equal(expected, trace.Order);
        Assert.Equal(finished, trace.FinishOrder);
        Assert.Equal(expected, VisitedOrder(generated.Show, "$current"));
        // The call stack column: after every push it holds the calls from the start down to the node; at the end it is empty.
        var column = new Dictionary<int, string>();
        var pushes = new List<List<string>>();
        foreach (var act in Actions(Scene(generated.Show, "walkthrough")).Where(x => (string?)x["target"] == "stack" && x["cell"] is not null))
        {
            // As the renderer does it: set-grid-cell writes the value ("" empties the cell); clear-grid-cell only unlights it.
            var row = (int)act["cell"]![0]!;
            if ((string)act["action"]! != "set-grid-cell") continue;
            var value = (string)act["value"]!;
            if (value.Length == 0)
            {
                column.Remove(row);
                continue;
            }
            column[row] = value;
            pushes.Add(column.OrderByDescending(c => c.Key).Select(c => c.Value).ToList());
        }
        Assert.Empty(column);
        Assert.Equal(expected.Select(n => $"dfs({n})"), pushes.Select(p => p[^1]));
        foreach (var stack in pushes)
            for (var k = 1; k < stack.Count; k++)
                Assert.Equal(stack[k - 1][4..^1], trace.Parent[stack[k][4..^1]]);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("from A on A-B:4 A-C:2 B-C:1 B-D:5 C-D:8 C-E:10 D-E:2")]
    [InlineData("from S on S-A:7 S-B:2 A-B:3 A-T:1 B-T:8")]
    [InlineData("from A on A-B:1 C-D:1")]
    [InlineData("from A on A-B:0 B-C:0 A-C:5")]
    [InlineData("")]
    public void Dijkstra_distances_match_bellman_ford(string input)
    {
        var g = GraphInput.Parse(input, true, 42, []);
        var dist = g.Nodes.ToDictionary(n => n, _ => long.MaxValue);
        dist[g.Start] = 0;
        for (var round = 0; round < g.Nodes.Count; round++)
            foreach (var e in g.Edges)
            {
                if (dist[e.From] != long.MaxValue) dist[e.To] = Math.Min(dist[e.To], dist[e.From] + e.Weight);
                if (dist[e.To] != long.MaxValue) dist[e.From] = Math.Min(dist[e.From], dist[e.To] + e.Weight);
            }
        var generated = Generate(new DijkstraGenerator(), input);
        var trace = (DijkstraGenerator.Trace)generated.Trace;
        foreach (var n in g.Nodes)
            Assert.Equal(dist[n] == long.MaxValue ? DijkstraGenerator.Infinity : (int)dist[n], trace.Distance[n]);
        // Nodes become final in non-decreasing distance; the shortest-path tree is consistent.
        var finals = trace.FinalOrder.Select(n => trace.Distance[n]).ToList();
        Assert.Equal(finals.OrderBy(d => d), finals);
        foreach (var (node, prev) in trace.Previous)
            Assert.Equal(trace.Distance[node], trace.Distance[prev] + g.EdgeBetween(node, prev).Weight);
        // The distance written beside each node ends with its final distance.
        var walk = Scene(generated.Show, "walkthrough");
        var notes = ((JsonArray)walk["manifest"]!["objects"]!).Select(o => (JsonObject)o!)
            .Where(o => ((string)o["id"]!).StartsWith("note_")).ToDictionary(o => (string)o["id"]!, o => (string)o["content"]!);
        foreach (var act in Actions(walk).Where(x => (string?)x["action"] == "set-text" && notes.ContainsKey((string)x["target"]!)))
            notes[(string)act["target"]!] = (string)act["value"]!;
        Assert.Equal(g.Nodes.Select(n => $"d={DijkstraGenerator.Show(trace.Distance[n])}"), g.Nodes.Select(n => notes["note_" + n]));
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("from A on A-B A-C B-D", "A")]
    [InlineData("on X-Y Y-Z", "X")]
    public void Start_node_is_read_or_defaults_to_the_first(string input, string start) =>
        Assert.Equal(start, GraphInput.Parse(input, false, 1, []).Start);

    [Theory]
    [InlineData("from A on A-B A-", "'A-' is not an edge")]
    [InlineData("from Z on A-B", "start node 'Z' is not in the graph")]
    [InlineData("from A on A-A", "joins a node to itself")]
    [InlineData("from A on A-B banana", "'banana' is not an edge")]
    [InlineData("from A on A-B A-C A-D A-E A-F A-G A-H A-I A-J A-K", "at most 10")]
    public void Bad_graphs_get_clear_messages(string input, string expected)
    {
        var ex = Assert.Throws<GeneratorInputException>(() => GraphInput.Parse(input, false, 1, []));
        Assert.Contains(expected, ex.Message);
        Assert.Equal("graph", ex.What);
    }

    /// <summary>Graph nodes in the order the walkthrough first highlights them with <paramref name="color"/>.</summary>
    private static List<string> VisitedOrder(JsonObject show, string color) =>
        Actions(Scene(show, "walkthrough"))
            .Where(a => (string?)a["action"] == "highlight-node" && (string?)a["color"] == color)
            .Select(a => (string)a["node"]!)
            .Distinct().ToList();

    [Theory]
    [InlineData("bellman-ford", "from S on S-A:4 S-B:5 B-A:-2", true)]
    [InlineData("topological-sort", "on A-B A-C B-D", true)]
    [InlineData("bellman-ford", "", true)]
    [InlineData("bfs", "from A on A-B A-C B-D", false)]
    [InlineData("dijkstra", "", false)]
    public void Directed_lessons_draw_arrowheads_and_undirected_ones_do_not(string id, string input, bool directed)
    {
        var show = new GeneratorCatalog().Find(id)!.Generate(input, 42).Show;
        var graph = ((JsonArray)Scene(show, "walkthrough")["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Single(o => (string?)o["type"] == "graph");
        Assert.Equal(directed, (bool?)graph["directed"] ?? false);
    }
}

