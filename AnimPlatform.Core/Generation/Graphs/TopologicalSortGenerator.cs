using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Topological order of a directed graph (A-B means A → B). Kahn's algorithm (a queue of nodes with no
/// remaining incoming edges, smallest name first) by default; "dfs" in the prompt orders by DFS finish times reversed.
/// </summary>
public sealed class TopologicalSortGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("topological-sort", "Topological Sort", "Graphs",
        ["topological sort", "topological sorting", "topological order", "topological ordering", "topological", "kahn's algorithm", "kahn", "dependency order"],
        ["topological sort on A-B A-C B-D C-D D-E", "topological sort dfs on shirt-tie tie-jacket pants-shoes pants-belt belt-jacket"],
        "directed edges (A-B means A before B), optionally 'dfs', e.g. 'topological sort on A-B A-C B-D'");

    public sealed record Trace(IReadOnlyList<string> Order, bool Cycle, bool Dfs, IReadOnlyList<Beat> Beats);

    public static Trace Kahn(GraphSpec g)
    {
        var beats = new BeatList();
        var indegree = g.Nodes.ToDictionary(n => n, n => g.Edges.Count(e => e.To == n));
        string In() => "in-degree: " + string.Join("  ", g.Nodes.Select(n => $"{n}={indegree[n]}"));
        var ready = new SortedSet<string>(g.Nodes.Where(n => indegree[n] == 0), StringComparer.Ordinal);
        beats.Add($"Nodes with no incoming edge: {string.Join(", ", ready)}", In(), 2, ready.Select(n => (Change)new NodeColor(n, "queued")).ToArray());
        var order = new List<string>();
        while (ready.Count > 0)
        {
            var u = ready.Min!;
            ready.Remove(u);
            order.Add(u);
            if (order.Count == 2) beats.Phase("Take a ready node, remove its outgoing edges");
            beats.Add($"Output {u} (order: {string.Join(" ", order)})", null, 4, new NodeColor(u, "visited"));
            foreach (var (v, _) in g.Successors(u))
            {
                indegree[v]--;
                var now = indegree[v] == 0;
                if (now) ready.Add(v);
                beats.Add($"Remove {u} → {v}: in-degree of {v} is now {indegree[v]}{(now ? " → ready" : "")}", In(), 6,
                    now ? [new EdgeColor(u, v, "discard"), new NodeColor(v, "queued")] : [new EdgeColor(u, v, "discard")]);
            }
        }
        var cycle = order.Count < g.Nodes.Count;
        if (cycle) beats.Add($"{string.Join(", ", g.Nodes.Except(order))} still have incoming edges → the graph has a cycle", null, 7,
            g.Nodes.Except(order).Select(n => (Change)new NodeColor(n, "swap")).ToArray());
        return new Trace(order, cycle, false, beats.Beats);
    }

    public static Trace Dfs(GraphSpec g)
    {
        var beats = new BeatList();
        var state = g.Nodes.ToDictionary(n => n, _ => 0); // 0 new, 1 on the stack, 2 finished
        var finished = new List<string>();
        var cycle = false;
        void Visit(string u)
        {
            state[u] = 1;
            beats.Add($"Visit {u}", null, 2, new NodeColor(u, "current"));
            foreach (var (v, _) in g.Successors(u))
            {
                if (state[v] == 1)
                {
                    cycle = true;
                    beats.Add($"{u} → {v} leads back to a node on the stack → cycle", null, 3, new EdgeColor(u, v, "swap"));
                    continue;
                }
                if (state[v] == 2)
                {
                    beats.Add($"{u} → {v}: {v} already finished", null, 3, new EdgeColor(u, v, "discard"));
                    continue;
                }
                beats.Add($"{u} → {v}: go deeper", null, 3, new EdgeColor(u, v, "edge"));
                Visit(v);
            }
            state[u] = 2;
            finished.Add(u);
            beats.Add($"{u} finished → put it in front: {string.Join(" ", Enumerable.Reverse(finished))}", "order so far: " + string.Join(" ", Enumerable.Reverse(finished)), 4,
                new NodeColor(u, "visited"));
        }
        foreach (var n in g.Nodes.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (state[n] != 0) continue;
            if (finished.Count > 0) beats.Phase($"Start a new search at {n}");
            Visit(n);
        }
        finished.Reverse();
        return new Trace(finished, cycle, true, beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var tokens = input.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dfs = tokens.Any(t => t.Equals("dfs", StringComparison.OrdinalIgnoreCase) || t.Equals("depth-first", StringComparison.OrdinalIgnoreCase));
        var rest = string.Join(' ', tokens.Where(t => !t.Equals("dfs", StringComparison.OrdinalIgnoreCase) && !t.Equals("depth-first", StringComparison.OrdinalIgnoreCase)
            && !t.Equals("kahn", StringComparison.OrdinalIgnoreCase) && !t.Equals("kahn's", StringComparison.OrdinalIgnoreCase) && !t.Equals("bfs", StringComparison.OrdinalIgnoreCase)));
        var g = GraphInput.Parse(rest, weighted: false, seed, notes, directed: true, needsStart: false);
        var trace = dfs ? Dfs(g) : Kahn(g);
        var result = trace.Cycle ? "the graph has a cycle, so no topological order exists" : "order " + string.Join(" → ", trace.Order);
        var text = dfs
            ? new LessonText("Order tasks so every arrow points forwards (depth-first)",
                "A node finishes after everything it leads to; reversed finish order is topological",
                "Topological sort with depth-first search lists each node after everything it leads to has finished, then reverses that list.",
                ["Every edge u → v has u before v", "Reverse DFS finish order is a topological order"],
                ["Time: O(V + E)", "Space: O(V)"],
                "Depth-first topological sort records nodes as they finish and reverses the list. An edge back to the stack means a cycle.",
                "list nodes by reversed DFS finish time")
            : new LessonText("Order tasks so every arrow points forwards",
                "Repeatedly output a node with no incoming edges, then remove its edges",
                "Kahn's algorithm builds a topological order by repeatedly taking a node with no remaining incoming edges.",
                ["Every edge u → v has u before v", "Kahn's algorithm: take nodes whose in-degree is zero"],
                ["Time: O(V + E)", "Space: O(V) for in-degrees and the ready queue"],
                "Kahn's algorithm keeps the in-degree of every node and outputs the nodes that have none left. Leftover nodes mean a cycle.",
                "a node can go next once nothing points to it any more");
        return LessonShow.Build(Info, text, "Directed edges " + g.Describe(false).Replace("-", " → "), dfs ? "Topological sort (DFS)" : "Topological sort (Kahn)",
            $"Every edge is an arrow from the first node to the second. Result: {result}.",
            dfs ? [("on the stack", "current"), ("finished", "visited"), ("edge followed", "edge")] : [("ready", "queued"), ("output", "visited"), ("removed edge", "discard")],
            dfs ? PseudocodeTables.TopoDfs : PseudocodeTables.TopoKahn, (s, p) => GraphLesson.Play(s, p, g, false, trace.Beats, "Topological " + result),
            result, g.Describe(false), notes, trace);
    }
}
