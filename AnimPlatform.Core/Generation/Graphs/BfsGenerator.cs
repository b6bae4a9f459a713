using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Breadth-first search with a queue; neighbours are taken in name order.</summary>
public sealed class BfsGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("bfs", "Breadth-First Search", "Graphs",
        ["breadth first search", "breadth-first search", "breadth first", "breadth-first", "bfs"],
        ["bfs from A on A-B A-C B-D B-E C-F", "bfs from 1 on 1-2 1-3 2-4 3-4 4-5"],
        "a start node and edges, e.g. 'bfs from A on A-B A-C B-D'");

    public sealed record Trace(IReadOnlyList<string> Order, IReadOnlyDictionary<string, string> Parent, IReadOnlyList<GraphStep> Steps);

    /// <summary>The real BFS: returns the visit order, the BFS tree and every step.</summary>
    public static Trace Run(GraphSpec g)
    {
        var order = new List<string>();
        var parent = new Dictionary<string, string>();
        var steps = new List<GraphStep>();
        var seen = new HashSet<string> { g.Start };
        var queue = new Queue<string>();
        queue.Enqueue(g.Start);
        steps.Add(new GraphStep(GraphStepKind.Enqueue, g.Start, null, $"Start at {g.Start}: mark it seen and enqueue it"));
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            order.Add(u);
            steps.Add(new GraphStep(GraphStepKind.Dequeue, u, null, $"Dequeue {u} and visit it"));
            foreach (var (v, _) in g.Neighbours(u))
            {
                if (seen.Add(v))
                {
                    parent[v] = u;
                    queue.Enqueue(v);
                    steps.Add(new GraphStep(GraphStepKind.Enqueue, v, u, $"{u}–{v}: {v} is new → mark seen, enqueue"));
                }
                else
                {
                    steps.Add(new GraphStep(GraphStepKind.Skip, v, u, $"{u}–{v}: {v} already seen → skip"));
                }
            }
        }
        return new Trace(order, parent, steps);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: false, seed, notes);
        var trace = Run(g);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = GraphInput.Example(g, false);
        LessonScenes.Intro(show, "Explore a graph level by level with a queue",
        [
            "Start at one node and put it in a queue",
            "Take the front node, visit it, enqueue its unseen neighbours",
            "Nodes are reached in order of their distance (in edges)",
            "Here neighbours are taken in alphabetical order",
        ], $"Start {g.Start} · edges {g.Describe(false)}",
            $"Breadth-first search explores a graph level by level using a queue. We start at node {g.Start}.");

        var unreached = g.Nodes.Where(n => !trace.Order.Contains(n)).ToList();
        var s = StandardScenes.Walkthrough(show, "walkthrough", $"BFS from {g.Start}",
            $"We start at {g.Start}. Each time we dequeue a node we visit it and enqueue the neighbours we have not seen yet. " +
            $"The visit order is {string.Join(", ", trace.Order)}.");
        var pos = GraphLayout.Compute(g, 176 + GraphScene.Radius(g), 644 - GraphScene.Radius(g), LessonLayout.DiagramLeft + 70 + GraphScene.Radius(g), LessonLayout.DiagramRight - 60, GraphScene.Clearance(g));
        var fadeIds = GraphScene.Add(s, g, pos, weighted: false);
        s.DataStructure("queue", "queue", LessonLayout.DiagramCenterX, 735, LessonLayout.Legible(GraphScene.NameCells(g) ?? []));
        s.Text("order", LessonLayout.DiagramCenterX, 815, "bold 24px sans-serif", Theme.Accent);
        var panels = new LessonPanels(s, PseudocodeTables.Bfs, [("u", "–"), ("v", "–"), ("visited", "0")]);
        panels.Legend([("in queue", "queued"), ("visiting", "current"), ("visited", "visited"), ("tree edge", "edge")]);
        panels.Pointer("u", GraphScene.GraphId, g.Start, ArrayLesson.Yellow, "left");
        s.Together(fadeIds.Concat(["queue", "order"]).Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);

        var visited = new List<string>();
        string? current = null;
        foreach (var step in trace.Steps)
        {
            var lead = new List<JsonObject>();
            if (step.Kind == GraphStepKind.Dequeue && current is not null)
                lead.Add(Act.HighlightNode(GraphScene.GraphId, current, "$visited", 0.4));
            s.Step(step.Caption);
            switch (step.Kind)
            {
                case GraphStepKind.Enqueue:
                    var edge = step.From is null ? null : g.EdgeBetween(step.From, step.Node);
                    lead.AddRange(panels.Line(step.From is null ? "init" : "enqueue"));
                    if (step.From is not null) lead.AddRange(panels.Var("v", step.Node));
                    lead.Add(Act.HighlightNode(GraphScene.GraphId, step.Node, "$queued", 0.4));
                    if (edge is not null) lead.Add(Act.HighlightEdge(GraphScene.GraphId, edge.From, edge.To, "$edge", 0.4));
                    s.Together(lead);
                    s.Do(Act.Enqueue("queue", [step.Node], 0.5)).Pause(0.8);
                    break;
                case GraphStepKind.Dequeue:
                    visited.Add(step.Node);
                    lead.AddRange(panels.Line("dequeue"));
                    lead.AddRange(panels.Point("u", step.Node, 0.4));
                    lead.AddRange(panels.Var("u", step.Node));
                    lead.AddRange(panels.Var("v", "–"));
                    lead.AddRange(panels.Var("visited", visited.Count.ToString()));
                    lead.Add(Act.Dequeue("queue", 0.5));
                    s.Together(lead).Do(Act.HighlightNode(GraphScene.GraphId, step.Node, "$current", 0.4));
                    current = step.Node;
                    s.SetText("order", Fmt.Wrap("Visit order: " + string.Join(" → ", visited), 84)).Pause(0.9);
                    break;
                case GraphStepKind.Skip:
                    lead.AddRange(panels.Line("skip"));
                    lead.AddRange(panels.Var("v", step.Node));
                    s.Together(lead).Pause(0.9);
                    break;
            }
        }
        var end = new List<JsonObject>(panels.Line("loop"));
        if (current is not null) end.Add(Act.HighlightNode(GraphScene.GraphId, current, "$visited", 0.4));
        end.AddRange(panels.Point("u", null));
        s.Together(end);
        s.Step(unreached.Count == 0
            ? $"Queue empty — BFS done. Order: {string.Join(" → ", trace.Order)}"
            : $"Queue empty — not reachable from {g.Start}: {string.Join(", ", unreached)}");
        s.Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "A queue holds the frontier: first in, first out",
            "Nodes are visited in order of distance from the start",
            "The tree edges form a shortest-path tree (fewest edges)",
            $"Here: visit order {string.Join(" → ", trace.Order)}",
        ], ["Time: O(V + E)", "Space: O(V) for the queue and the seen set"],
            "BFS uses a queue to visit nodes level by level. It finds shortest paths in unweighted graphs, in time linear in the size of the graph.");
        LessonScenes.Outro(show, "breadth-first search", "a queue visits nodes in order of their distance from the start");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
