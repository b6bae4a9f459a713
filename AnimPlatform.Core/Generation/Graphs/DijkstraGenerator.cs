using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Dijkstra's shortest paths on an undirected weighted graph, with a priority queue holding each reached
/// node once (decrease-key). Ties are broken by node name.
/// </summary>
public sealed class DijkstraGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("dijkstra", "Dijkstra's Algorithm", "Graphs",
        ["dijkstra's algorithm", "dijkstras algorithm", "dijkstra algorithm", "dijkstra's", "dijkstras", "dijkstra", "shortest path", "shortest paths"],
        ["dijkstra from A on A-B:4 A-C:2 B-C:1 B-D:5 C-D:8 C-E:10 D-E:2", "shortest path from S on S-A:7 S-B:2 A-B:3 A-T:1 B-T:8"],
        "a start node and weighted edges, e.g. 'dijkstra from A on A-B:4 A-C:2 B-C:1'");

    public const int Infinity = int.MaxValue;

    public sealed record Trace(
        IReadOnlyDictionary<string, int> Distance,
        IReadOnlyDictionary<string, string> Previous,
        IReadOnlyList<string> FinalOrder,
        IReadOnlyList<GraphStep> Steps);

    public static Trace Run(GraphSpec g)
    {
        var dist = g.Nodes.ToDictionary(n => n, _ => Infinity);
        var prev = new Dictionary<string, string>();
        var done = new HashSet<string>();
        var final = new List<string>();
        var steps = new List<GraphStep>();
        var queue = new Dictionary<string, int> { [g.Start] = 0 };
        dist[g.Start] = 0;
        while (queue.Count > 0)
        {
            var (u, du) = queue.OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First();
            queue.Remove(u);
            done.Add(u);
            final.Add(u);
            steps.Add(new GraphStep(GraphStepKind.Extract, u, null, $"Take {u}: smallest distance in the queue ({du}) — it is now final", du));
            foreach (var (v, w) in g.Neighbours(u))
            {
                if (done.Contains(v)) continue;
                var candidate = du + w;
                if (candidate < dist[v])
                {
                    var old = dist[v];
                    dist[v] = candidate;
                    prev[v] = u;
                    queue[v] = candidate;
                    steps.Add(new GraphStep(GraphStepKind.Relax, v, u, $"{u}–{v}: {du} + {w} = {candidate} < {Show(old)} → update {v} to {candidate}", candidate));
                }
                else
                {
                    steps.Add(new GraphStep(GraphStepKind.Keep, v, u, $"{u}–{v}: {du} + {w} = {candidate} ≥ {dist[v]} → keep {dist[v]}", candidate));
                }
            }
        }
        return new Trace(dist, prev, final, steps);
    }

    public static string Show(int d) => d == Infinity ? "∞" : d.ToString();

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: true, seed, notes);
        var trace = Run(g);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = GraphInput.Example(g, true);
        LessonScenes.Intro(show, "Shortest paths from one node in a weighted graph",
        [
            "Every node starts at distance ∞, the start at 0",
            "Repeatedly take the closest node that is not final yet",
            "Relax its edges: a shorter route updates the neighbour",
            "Weights must not be negative",
        ], $"Start {g.Start} · edges {g.Describe(true)}",
            $"Dijkstra's algorithm finds the shortest distance from {g.Start} to every other node when edge weights are not negative.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", $"Dijkstra from {g.Start}",
            $"We start with distance zero at {g.Start} and infinity elsewhere. Each round we take the closest node that is not final and relax its edges. " +
            "Final distances: " + string.Join(", ", g.Nodes.Select(n => $"{n} {Show(trace.Distance[n])}")) + ".");
        var pos = GraphLayout.Compute(g, 206 + GraphScene.Radius(g), 716 - GraphScene.Radius(g), LessonLayout.DiagramLeft + 70 + GraphScene.Radius(g), LessonLayout.DiagramRight - 90 - GraphScene.Radius(g), GraphScene.Clearance(g));
        var fadeIds = GraphScene.Add(s, g, pos, weighted: true);
        var radius = (double)GraphScene.LabelFit(g.Nodes)["nodeRadius"]!;
        // Each node's tentative distance is written beside it and updated as edges relax.
        const string noteColor = "#ff9de0";
        var noteIds = NodeNotes.Add(s, g, pos, radius, weighted: true, n => n == g.Start ? "d=0" : "d=∞", noteColor, keepLeftFree: true,
            minX: LessonLayout.DiagramLeft, maxX: LessonLayout.DiagramRight);
        s.Text("pq", LessonLayout.DiagramCenterX, 800, "bold 24px monospace", Theme.Accent);
        var panels = new LessonPanels(s, PseudocodeTables.Dijkstra, [("u", "–"), ("dist[u]", "–"), ("v", "–"), ("dist[u] + w", "–"), ("dist[v]", "–")]);
        panels.Legend([("final", "visited"), ("just updated", "queued"), ("edge checked", "current"), ("shortest paths", "path")]);
        panels.Pointer("u", GraphScene.GraphId, g.Start, ArrayLesson.Yellow, "left");
        var queue = new Dictionary<string, int>();
        string QueueText() => Fmt.Wrap(queue.Count == 0 ? "queue: empty"
            : "queue: " + string.Join("  ", queue.OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}:{x.Value}")), 72);

        s.Together(fadeIds.Concat(noteIds).Append("pq").Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6)));
        queue[g.Start] = 0;
        var known = g.Nodes.ToDictionary(n => n, _ => Infinity);
        known[g.Start] = 0;
        s.Step($"Distance 0 for {g.Start}, ∞ for every other node");
        s.Together(panels.Line("init")).SetText("pq", QueueText()).Pause(1.2);

        foreach (var step in trace.Steps)
        {
            s.Step(step.Caption);
            var lead = new List<JsonObject>();
            switch (step.Kind)
            {
                case GraphStepKind.Extract:
                    queue.Remove(step.Node);
                    lead.AddRange(panels.Line("pick"));
                    lead.AddRange(panels.Point("u", step.Node, 0.4));
                    lead.AddRange(panels.Var("u", step.Node));
                    lead.AddRange(panels.Var("dist[u]", step.Value.ToString()));
                    lead.AddRange(panels.Var("v", "–"));
                    lead.AddRange(panels.Var("dist[u] + w", "–"));
                    lead.AddRange(panels.Var("dist[v]", "–"));
                    lead.Add(Act.HighlightNode(GraphScene.GraphId, step.Node, "$visited", 0.4));
                    s.Together(lead).SetText("pq", QueueText()).Pause(1.1);
                    break;
                case GraphStepKind.Relax:
                case GraphStepKind.Keep:
                {
                    var e = g.EdgeBetween(step.From!, step.Node);
                    lead.AddRange(panels.Line(step.Kind == GraphStepKind.Relax ? "relax" : "keep"));
                    lead.AddRange(panels.Var("v", step.Node));
                    lead.AddRange(panels.Var("dist[u] + w", step.Value.ToString()));
                    lead.AddRange(panels.Var("dist[v]", Show(known[step.Node])));
                    lead.Add(Act.HighlightEdge(GraphScene.GraphId, e.From, e.To, "$current", 0.35));
                    s.Together(lead);
                    if (step.Kind == GraphStepKind.Relax)
                    {
                        queue[step.Node] = step.Value;
                        known[step.Node] = step.Value;
                        s.Together(new[]
                            {
                                Act.HighlightNode(GraphScene.GraphId, step.Node, "$queued", 0.4),
                                Act.SetText(NodeNotes.NoteId(step.Node), $"d={step.Value}", 0.4),
                            }.Concat(panels.Var("dist[v]", step.Value.ToString())))
                         .SetText("pq", QueueText());
                    }
                    s.Pause(0.9).Do(Act.HighlightEdge(GraphScene.GraphId, e.From, e.To, "$edgeBase", 0.3));
                    break;
                }
            }
        }
        var treeEdges = trace.Previous.Select(p => g.EdgeBetween(p.Key, p.Value))
            .Select(e => Act.HighlightEdge(GraphScene.GraphId, e.From, e.To, "$path", 0.6)).ToList();
        s.Step("Queue empty — every distance is final; red edges form the shortest-path tree");
        s.Together(treeEdges.Concat(panels.Point("u", null)).Concat(panels.Line("loop"))).Pause(1.5).FadeOutAll();

        var unreachable = g.Nodes.Where(n => trace.Distance[n] == Infinity).ToList();
        LessonScenes.Recap(show,
        [
            "Take the closest node that is not final; its distance is now final",
            "Relax its edges: keep the shorter of the old and the new route",
            "Works because weights are never negative",
            unreachable.Count == 0
                ? "Here: " + string.Join(", ", g.Nodes.Select(n => $"{n}={trace.Distance[n]}"))
                : $"Here: {string.Join(", ", unreachable)} cannot be reached from {g.Start}",
        ], ["Time: O((V + E) log V) with a binary heap", "Space: O(V)"],
            "Dijkstra's algorithm grows a set of final nodes, always taking the closest one and relaxing its edges. With a binary heap it runs in E log V time.");
        LessonScenes.Outro(show, "Dijkstra\'s algorithm", "always finalise the closest unfinished node, then relax its edges");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
