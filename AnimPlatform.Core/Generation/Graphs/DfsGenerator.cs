using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Recursive depth-first search; the call stack is drawn as a stack. Neighbours in name order.</summary>
public sealed class DfsGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("dfs", "Depth-First Search", "Graphs",
        ["depth first search", "depth-first search", "depth first", "depth-first", "dfs"],
        ["dfs from A on A-B A-C B-D B-E C-F", "dfs from 1 on 1-2 1-3 2-4 3-4 4-5"],
        "a start node and edges, e.g. 'dfs from A on A-B A-C B-D'");

    public sealed record Trace(IReadOnlyList<string> Order, IReadOnlyList<string> FinishOrder, IReadOnlyDictionary<string, string> Parent, IReadOnlyList<GraphStep> Steps);

    /// <summary>The real recursive DFS: preorder (visit) and postorder (finish), the DFS tree and every step.</summary>
    public static Trace Run(GraphSpec g)
    {
        var order = new List<string>();
        var finish = new List<string>();
        var parent = new Dictionary<string, string>();
        var steps = new List<GraphStep>();
        var visited = new HashSet<string>();

        void Visit(string u, string? from)
        {
            visited.Add(u);
            order.Add(u);
            steps.Add(new GraphStep(GraphStepKind.Push, u, from,
                from is null ? $"Call dfs({u}): visit {u}, push it on the call stack" : $"{from}–{u}: {u} not visited → call dfs({u})"));
            foreach (var (v, _) in g.Neighbours(u))
            {
                if (visited.Contains(v))
                {
                    steps.Add(new GraphStep(GraphStepKind.Skip, v, u, $"{u}–{v}: {v} already visited → skip"));
                    continue;
                }
                parent[v] = u;
                Visit(v, u);
            }
            finish.Add(u);
            steps.Add(new GraphStep(GraphStepKind.Pop, u, null, $"All neighbours of {u} done → return, pop {u}"));
        }

        Visit(g.Start, null);
        return new Trace(order, finish, parent, steps);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: false, seed, notes);
        var trace = Run(g);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = GraphInput.Example(g, false);
        LessonScenes.Intro(show, "Go as deep as possible, then back up",
        [
            "Visit a node, then recursively visit each unvisited neighbour",
            "The call stack remembers the way back",
            "When a node has no unvisited neighbours, return",
            "Here neighbours are taken in alphabetical order",
        ], $"Start {g.Start} · edges {g.Describe(false)}",
            $"Depth-first search goes as deep as it can along each branch before backing up. We start at node {g.Start}.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", $"DFS from {g.Start}",
            $"Starting at {g.Start}, we follow an unvisited neighbour whenever there is one and back up when there is none. " +
            $"The visit order is {string.Join(", ", trace.Order)}.",
            [("on call stack", "current"), ("finished", "visited"), ("tree edge", "edge")]);
        var pos = GraphLayout.Compute(g, 230, 640);
        var fadeIds = GraphScene.Add(s, g, pos, weighted: false);
        s.DataStructure("stack", "stack", Theme.CenterX, 830, GraphScene.NameCells(g));
        s.Text("order", Theme.CenterX, 950, "bold 26px sans-serif", Theme.Accent);
        s.Together(fadeIds.Concat(["stack", "order"]).Select(id => Act.FadeIn(id, 0.6))).Pause(0.8);

        var visited = new List<string>();
        foreach (var step in trace.Steps)
        {
            s.Step(step.Caption);
            switch (step.Kind)
            {
                case GraphStepKind.Push:
                    var edge = step.From is null ? null : g.EdgeBetween(step.From, step.Node);
                    s.Together(new[] { Act.HighlightNode(GraphScene.GraphId, step.Node, "$current", 0.4) }
                        .Concat(edge is null ? [] : [Act.HighlightEdge(GraphScene.GraphId, edge.From, edge.To, "$edge", 0.4)]));
                    s.Do(Act.Push("stack", [step.Node], 0.5));
                    visited.Add(step.Node);
                    s.SetText("order", "Visit order: " + string.Join(" → ", visited)).Pause(1.0);
                    break;
                case GraphStepKind.Pop:
                    s.Together(Act.Pop("stack", 0.5), Act.HighlightNode(GraphScene.GraphId, step.Node, "$visited", 0.4)).Pause(0.8);
                    break;
                case GraphStepKind.Skip:
                    s.Pause(1.0);
                    break;
            }
        }
        var unreached = g.Nodes.Where(n => !trace.Order.Contains(n)).ToList();
        s.Step(unreached.Count == 0
            ? $"Stack empty — DFS done. Order: {string.Join(" → ", trace.Order)}"
            : $"Stack empty — not reachable from {g.Start}: {string.Join(", ", unreached)}");
        s.Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "Follow one branch as deep as possible before backtracking",
            "Recursion (or an explicit stack) remembers where to return",
            "Useful for cycles, topological order, connected components",
            $"Here: visit order {string.Join(" → ", trace.Order)}",
        ], ["Time: O(V + E)", "Space: O(V) for the stack and the visited set"],
            "DFS dives deep along each branch and backtracks using the call stack. It runs in time linear in the size of the graph.");
        LessonScenes.Outro(show, "go as deep as you can; the call stack remembers the way back", "That's depth-first search. Try your own graph.");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
