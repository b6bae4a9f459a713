using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Bellman-Ford on a directed weighted graph (edges A-B:w mean A → B; negative weights allowed): V − 1
/// rounds relaxing every edge in input order, stopping early when a round changes nothing, then a
/// negative-cycle check.
/// </summary>
public sealed class BellmanFordGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("bellman-ford", "Bellman-Ford", "Graphs",
        ["bellman ford", "bellman ford algorithm", "negative weights shortest path", "negative edge weights"],
        ["bellman ford from S on S-A:4 S-B:5 B-A:-2 A-C:3 B-C:6", "bellman ford from A on A-B:1 B-C:2 A-C:5 C-D:-1"],
        "a start node and directed weighted edges (A-B:4 means A → B, negatives allowed), e.g. 'bellman ford from S on S-A:4 S-B:5 B-A:-2'");

    public const int Infinity = int.MaxValue;

    public sealed record Trace(IReadOnlyDictionary<string, int> Distance, bool NegativeCycle, int Rounds, IReadOnlyList<Beat> Beats);

    public static Trace Run(GraphSpec g)
    {
        var beats = new BeatList();
        var dist = g.Nodes.ToDictionary(n => n, _ => Infinity);
        dist[g.Start] = 0;
        string D() => string.Join("  ", g.Nodes.Select(n => $"{n}={Show(dist[n])}"));
        beats.Add($"dist[{g.Start}] = 0, every other node ∞", "dist: " + D(), 1, new NodeColor(g.Start, "found"));
        var rounds = 0;
        for (var round = 1; round < g.Nodes.Count; round++)
        {
            rounds = round;
            beats.Phase($"Round {round} of at most {g.Nodes.Count - 1}: relax every edge");
            var changed = false;
            foreach (var e in g.Edges)
            {
                if (dist[e.From] == Infinity)
                {
                    beats.Add($"{e.From} → {e.To}: {e.From} not reached yet → skip", null, 3, new EdgeColor(e.From, e.To, "compare"), new EdgeColor(e.From, e.To, "edgeBase"));
                    continue;
                }
                var candidate = dist[e.From] + e.Weight;
                if (candidate < dist[e.To])
                {
                    var old = dist[e.To];
                    dist[e.To] = candidate;
                    changed = true;
                    beats.Add($"{e.From} → {e.To}: {dist[e.From]} + {e.Weight} = {candidate} < {Show(old)} → dist[{e.To}] = {candidate}", "dist: " + D(), 4,
                        new EdgeColor(e.From, e.To, "path"), new NodeColor(e.To, "queued"));
                }
                else
                {
                    beats.Add($"{e.From} → {e.To}: {dist[e.From]} + {e.Weight} = {candidate} ≥ {dist[e.To]} → keep", null, 3,
                        new EdgeColor(e.From, e.To, "compare"), new EdgeColor(e.From, e.To, "edgeBase"));
                }
            }
            if (!changed)
            {
                beats.Add($"Nothing changed in round {round} → distances are final", null, 5);
                break;
            }
        }
        var negative = g.Edges.Any(e => dist[e.From] != Infinity && dist[e.From] + e.Weight < dist[e.To]);
        beats.Add(negative ? "An edge can still be relaxed → a negative cycle is reachable" : "Check: no edge can be relaxed any more → no negative cycle", null, 6,
            g.Nodes.Where(n => dist[n] != Infinity).Select(n => (Change)new NodeColor(n, negative ? "swap" : "visited")).ToArray());
        return new Trace(dist, negative, rounds, beats.Beats);
    }

    public static string Show(int d) => d == Infinity ? "∞" : d.ToString();

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var g = GraphInput.Parse(input, weighted: true, seed, notes, allowNegative: true, directed: true);
        var trace = Run(g);
        var result = trace.NegativeCycle ? "a negative cycle — no shortest paths" : string.Join(", ", g.Nodes.Select(n => $"{n}={Show(trace.Distance[n])}"));
        var text = new LessonText("Shortest paths that allow negative edge weights",
            "Relax every edge, V − 1 times: each round fixes paths one edge longer",
            $"Bellman-Ford finds shortest paths from {g.Start} even with negative edge weights, by relaxing every edge in rounds.",
            ["After round k, every shortest path with at most k edges is known", "One more improving edge after V − 1 rounds means a negative cycle"],
            ["Time: O(V · E)", "Space: O(V)"],
            "Bellman-Ford relaxes every edge V minus one times. It is slower than Dijkstra but handles negative weights and detects negative cycles.",
            "relax every edge V − 1 times; a further improvement means a negative cycle");
        return LessonShow.Build(Info, text, $"Start {g.Start} · directed edges {g.Describe(true)}", $"Bellman-Ford from {g.Start}",
            $"Each round relaxes every directed edge. The result: {result}.",
            [("edge looked at", "compare"), ("improved", "path"), ("distance changed", "queued"), ("final", "visited")],
            PseudocodeTables.BellmanFord, (s, p) => GraphLesson.Play(s, p, g, true, trace.Beats, "Distances: " + result),
            result, GraphInput.Example(g, true), notes, trace);
    }
}
