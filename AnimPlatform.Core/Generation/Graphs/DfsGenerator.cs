using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Recursive depth-first search; the call stack is drawn as a vertical column (top of the stack on top). Neighbours in name order.</summary>
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
            $"The visit order is {string.Join(", ", trace.Order)}.");
        // The call stack is a vertical column right of the graph (one grid row per frame, the top of the stack on top).
        var depth = 0;
        var maxDepth = 1;
        foreach (var st in trace.Steps)
        {
            depth += st.Kind == GraphStepKind.Push ? 1 : st.Kind == GraphStepKind.Pop ? -1 : 0;
            maxDepth = Math.Max(maxDepth, depth);
        }
        var longest = g.Nodes.Max(n => n.Length);
        var stackWidth = Math.Max(130, (longest + 5) * 14 + 24);
        var stackX = LessonLayout.DiagramRight - stackWidth / 2 - 10;
        var rowHeight = Math.Min(50, 560.0 / (maxDepth + 1));
        var stackTop = 230.0;
        var graphRight = stackX - stackWidth / 2 - 70;
        var pos = GraphLayout.Compute(g, 176 + GraphScene.Radius(g), 694 - GraphScene.Radius(g), LessonLayout.DiagramLeft + 70 + GraphScene.Radius(g), graphRight, GraphScene.Clearance(g));
        var fadeIds = GraphScene.Add(s, g, pos, weighted: false);
        s.Add(new JsonObject
        {
            ["id"] = "stack", ["type"] = "grid", ["rows"] = maxDepth, ["cols"] = 1,
            ["position"] = SceneBuilder.Pos(stackX, stackTop + rowHeight * (maxDepth + 1) / 2),
            ["colHeaders"] = new JsonArray("call stack"),
            ["style"] = new JsonObject
            {
                ["cellWidth"] = stackWidth, ["cellHeight"] = Math.Round(rowHeight, 1), ["fontSize"] = 20,
                ["headerColor"] = "#c8c8ee", ["fillColor"] = "#1c1c36",
            },
        });
        s.Text("order", (LessonLayout.DiagramLeft + graphRight) / 2 + 30, 790, "bold 24px sans-serif", Theme.Accent);
        var panels = new LessonPanels(s, PseudocodeTables.Dfs, [("u", "–"), ("v", "–"), ("depth", "0")]);
        panels.Legend([("on call stack", "current"), ("finished", "visited"), ("tree edge", "edge"), ("top of stack", "queued")]);
        panels.Pointer("u", GraphScene.GraphId, g.Start, ArrayLesson.Yellow, "left");
        s.Together(fadeIds.Concat(["stack", "order"]).Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);

        var visited = new List<string>();
        var calls = new Stack<string>();
        JsonObject Row(string action, int level, string? value = null, string? color = null)
        {
            var o = new JsonObject { ["action"] = action, ["target"] = "stack", ["cell"] = new JsonArray(maxDepth - 1 - level, 0), ["duration"] = "0.4s" };
            if (value is not null) o["value"] = value;
            if (color is not null) o["color"] = color;
            return o;
        }
        foreach (var step in trace.Steps)
        {
            s.Step(step.Caption);
            var lead = new List<JsonObject>();
            switch (step.Kind)
            {
                case GraphStepKind.Push:
                {
                    var edge = step.From is null ? null : g.EdgeBetween(step.From, step.Node);
                    if (calls.Count > 0) lead.Add(Row("highlight-grid-cell", calls.Count - 1, color: "#1c1c36"));
                    calls.Push(step.Node);
                    visited.Add(step.Node);
                    lead.AddRange(panels.Line(step.From is null ? "visit" : "recurse"));
                    lead.AddRange(panels.Point("u", step.Node, 0.4));
                    lead.AddRange(panels.Var("u", step.Node));
                    lead.AddRange(panels.Var("v", "–"));
                    lead.AddRange(panels.Var("depth", calls.Count.ToString()));
                    lead.Add(Act.HighlightNode(GraphScene.GraphId, step.Node, "$current", 0.4));
                    if (edge is not null) lead.Add(Act.HighlightEdge(GraphScene.GraphId, edge.From, edge.To, "$edge", 0.4));
                    lead.Add(Row("set-grid-cell", calls.Count - 1, $"dfs({step.Node})"));
                    lead.Add(Row("highlight-grid-cell", calls.Count - 1, color: "$queued"));
                    s.Together(lead);
                    s.SetText("order", Fmt.Wrap("Visit order: " + string.Join(" → ", visited), 60)).Pause(0.9);
                    break;
                }
                case GraphStepKind.Pop:
                {
                    lead.AddRange(panels.Line("return"));
                    lead.Add(Row("set-grid-cell", calls.Count - 1, "")); // the call's frame goes (clear-grid-cell only unlights a cell)
                    lead.Add(Row("highlight-grid-cell", calls.Count - 1, color: "#1c1c36"));
                    calls.Pop();
                    lead.Add(Act.HighlightNode(GraphScene.GraphId, step.Node, "$visited", 0.4));
                    lead.AddRange(panels.Var("depth", calls.Count.ToString()));
                    if (calls.Count > 0)
                    {
                        lead.Add(Row("highlight-grid-cell", calls.Count - 1, color: "$queued"));
                        lead.AddRange(panels.Point("u", calls.Peek(), 0.4));
                        lead.AddRange(panels.Var("u", calls.Peek()));
                        lead.AddRange(panels.Var("v", step.Node));
                    }
                    else lead.AddRange(panels.Point("u", null));
                    s.Together(lead).Pause(0.8);
                    break;
                }
                case GraphStepKind.Skip:
                    lead.AddRange(panels.Line("skip"));
                    lead.AddRange(panels.Var("v", step.Node));
                    s.Together(lead).Pause(0.9);
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
        LessonScenes.Outro(show, "depth-first search", "go as deep as you can; the call stack remembers the way back");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
