using System.Text.RegularExpressions;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Reads "from A on A-B A-C B-D" (weights: "A-B:4" or "A-B=4"; "A->B", "A→B" and "A–B" are edges too). Node names are 1–12 letters or digits.
/// No edges: a seeded random connected graph.
/// </summary>
public static partial class GraphInput
{
    [GeneratedRegex(@"^([A-Za-z0-9_]{1,12})(?:->|→|–|-)([A-Za-z0-9_]{1,12})(?:[:=](-?[0-9]{1,3}))?$", RegexOptions.NonBacktracking)]
    private static partial Regex EdgePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_]{1,12}$", RegexOptions.NonBacktracking)]
    private static partial Regex NodePattern();

    private static readonly HashSet<string> StartWords = new(StringComparer.OrdinalIgnoreCase) { "from", "start", "at", "source", "root", "begin" };
    private static readonly HashSet<string> NodeWords = new(StringComparer.OrdinalIgnoreCase) { "node", "vertex", "city", "the" };
    private static readonly HashSet<string> TargetWords = new(StringComparer.OrdinalIgnoreCase) { "to", "target", "destination", "goal", "end" };
    private static readonly HashSet<string> GraphFiller = new(StringComparer.OrdinalIgnoreCase)
        { "graph", "edges", "edge", "node", "nodes", "vertex", "vertices", "starting", "weighted", "undirected", "weights", "shortest", "path", "paths", "first",
          "directed", "acyclic", "dag", "negative", "positive", "cycle", "cycles", "spanning", "minimum", "tree", "connected", "network", "cities", "routes" };

    /// <param name="needsStart">The algorithm starts at a node (BFS, Dijkstra, Prim): without one it notes the node it takes.</param>
    public static GraphSpec Parse(string input, bool weighted, int seed, List<string> notes, bool allowNegative = false, bool directed = false, bool needsStart = true)
    {
        var tokens = PromptTokens.Split(input);
        var nodes = new List<string>();
        var edges = new List<GraphEdge>();
        string? start = null, target = null;
        var missingWeight = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (StartWords.Contains(token))
            {
                // "starting at node 1", "from vertex A": the kind of node is not its name.
                while (k + 1 < tokens.Count && NodeWords.Contains(tokens[k + 1])) k++;
                if (k + 1 < tokens.Count && NodePattern().IsMatch(tokens[k + 1]) && !StartWords.Contains(tokens[k + 1]))
                {
                    start = tokens[++k];
                    continue;
                }
                if (token.Equals("at", StringComparison.OrdinalIgnoreCase)) continue;
                throw new GeneratorInputException("graph", $"'{token}' must be followed by a node name, e.g. 'from A'");
            }
            // "from A to D": the lesson reaches every node from the start, the target included (checked below).
            if (TargetWords.Contains(token) && k + 1 < tokens.Count && NodePattern().IsMatch(tokens[k + 1])
                && !StartWords.Contains(tokens[k + 1]) && !TargetWords.Contains(tokens[k + 1]) && !GraphFiller.Contains(tokens[k + 1]) && !PromptTokens.IsNoise(tokens[k + 1]))
            {
                target = tokens[++k];
                continue;
            }
            var m = EdgePattern().Match(token);
            if (m.Success)
            {
                var (a, b) = (m.Groups[1].Value, m.Groups[2].Value);
                if (a == b) throw new GeneratorInputException("graph", $"'{token}' joins a node to itself; edges need two different nodes");
                var w = 1;
                if (m.Groups[3].Success) w = int.Parse(m.Groups[3].Value);
                // "S-A 7": the weight after the edge, as its own word.
                else if (weighted && k + 1 < tokens.Count && PromptTokens.TryInt(tokens[k + 1], out var spaced) && spaced is >= -999 and <= 999) { w = spaced; k++; }
                else missingWeight = true;
                if (w < 0 && !allowNegative)
                    throw new GeneratorInputException("graph", $"'{token}' has a negative weight; this algorithm needs weights of 0 or more (Bellman-Ford handles negative ones)");
                if (edges.Any(e => (e.From == a && e.To == b) || (!directed && e.From == b && e.To == a)))
                {
                    notes.Add($"edge {a}-{b} was given twice; the first one is used");
                    continue;
                }
                foreach (var n in new[] { a, b }) if (!nodes.Contains(n)) nodes.Add(n);
                edges.Add(new GraphEdge(a, b, w));
                continue;
            }
            if (PromptTokens.IsNoise(token) || GraphFiller.Contains(token)) continue;
            if (token.Contains('-') && token.Split('-').Any(part => part.Length > 12))
                throw new GeneratorInputException("graph", $"'{token}': node names have at most 12 letters or digits");
            if (token.Contains('-'))
                throw new GeneratorInputException("graph",
                    $"'{token}' is not an edge: write edges as A-B{(weighted ? ":4 (node names of 1–12 letters or digits, weight 0–999)" : " (node names of 1–12 letters or digits)")}");
            throw PromptTokens.Unread("graph", token, $"'{token}' is not an edge: write edges as A-B{(weighted ? ":4" : "")} and the start as 'from A'");
        }

        if (edges.Count == 0)
        {
            var random = RandomGraph(seed, weighted, negative: allowNegative && directed);
            // "bfs from S" without edges: the random graph's first node takes the start's name.
            if (start is not null && !random.Nodes.Contains(start)) random = Renamed(random, random.Start, start);
            notes.Add($"no edges given: using a random graph {random.Describe(weighted)} (seed {seed})");
            var chosen = new GraphSpec(random.Nodes, random.Edges, start ?? random.Start) { Directed = directed };
            NoteTarget(chosen, target, notes);
            return chosen;
        }
        if (nodes.Count > InputCaps.MaxGraphNodes)
            throw new GeneratorInputException("graph", $"the graph has {nodes.Count} nodes; at most {InputCaps.MaxGraphNodes} keep the video readable");
        if (edges.Count > InputCaps.MaxGraphEdges)
            throw new GeneratorInputException("graph", $"the graph has {edges.Count} edges; at most {InputCaps.MaxGraphEdges} keep the video readable");
        if (weighted && missingWeight) notes.Add("edges without a weight count as weight 1 (write A-B:4 to give one)");
        if (start is null)
        {
            start = nodes[0];
            if (needsStart) notes.Add($"no start node given: starting at {start}");
        }
        else if (!nodes.Contains(start))
        {
            throw new GeneratorInputException("graph", $"start node '{start}' is not in the graph (nodes: {string.Join(", ", nodes)})");
        }
        var spec = new GraphSpec(nodes, edges, start) { Directed = directed };
        NoteTarget(spec, target, notes);
        return spec;
    }

    private static GraphSpec Renamed(GraphSpec g, string from, string to)
    {
        string Name(string n) => n == from ? to : n;
        return new GraphSpec(g.Nodes.Select(Name).ToList(), g.Edges.Select(e => e with { From = Name(e.From), To = Name(e.To) }).ToList(), Name(g.Start));
    }

    /// <summary>A target ("to D") must be in the graph; the lesson runs from the start to every node, so it says the target is among them.</summary>
    private static void NoteTarget(GraphSpec g, string? target, List<string> notes)
    {
        if (target is null) return;
        if (!g.Nodes.Contains(target))
            throw new GeneratorInputException("graph", $"'to {target}': node '{target}' is not in the graph (nodes: {string.Join(", ", g.Nodes)})");
        notes.Add($"'to {target}': the lesson goes from {g.Start} to every node it can reach, {target} included");
    }

    /// <summary>
    /// A connected graph on 7 nodes A–G: a random spanning tree plus three extra edges; weights 1–9. Every edge goes
    /// from an earlier letter to a later one, so read as directed it has no cycle; with <paramref name="negative"/> two
    /// edges get weights −1 to −4 (Bellman-Ford's lesson, without a negative cycle).
    /// </summary>
    public static GraphSpec RandomGraph(int seed, bool weighted, bool negative = false)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, 7).Select(i => ((char)('A' + i)).ToString()).ToList();
        var edges = new List<GraphEdge>();
        for (var i = 1; i < nodes.Count; i++)
        {
            var parent = random.Next(Math.Max(0, i - 3), i);
            edges.Add(new GraphEdge(nodes[parent], nodes[i], weighted ? random.Next(1, 10) : 1));
        }
        var extra = 0;
        for (var attempt = 0; extra < 3 && attempt < 50; attempt++)
        {
            var a = random.Next(nodes.Count);
            var b = random.Next(nodes.Count);
            if (a == b || Math.Abs(a - b) > 3) continue;
            var (x, y) = a < b ? (nodes[a], nodes[b]) : (nodes[b], nodes[a]);
            if (edges.Any(e => (e.From == x && e.To == y) || (e.From == y && e.To == x))) continue;
            edges.Add(new GraphEdge(x, y, weighted ? random.Next(1, 10) : 1));
            extra++;
        }
        if (negative && weighted)
            foreach (var k in Enumerable.Range(0, edges.Count).OrderBy(_ => random.Next()).Take(2).ToList())
                edges[k] = edges[k] with { Weight = -random.Next(1, 5) };
        return new GraphSpec(nodes, edges, "A");
    }

    /// <summary>For messages: the graph as the user could type it back.</summary>
    public static string Example(GraphSpec g, bool weighted) => $"from {g.Start} on {g.Describe(weighted)}";

    internal static string Summary(GraphSpec g, bool weighted) => $"{g.Nodes.Count} nodes: {Fmt.List(g.Nodes)}, start {g.Start}";
}
