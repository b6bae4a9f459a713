namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>An undirected edge; <see cref="Weight"/> is 1 when the prompt gave none.</summary>
public sealed record GraphEdge(string From, string To, int Weight);

/// <summary>An undirected graph read from a prompt, with the start node. Neighbours are visited in name order.</summary>
public sealed class GraphSpec
{
    public GraphSpec(IReadOnlyList<string> nodes, IReadOnlyList<GraphEdge> edges, string start)
    {
        Nodes = nodes;
        Edges = edges;
        Start = start;
    }

    public IReadOnlyList<string> Nodes { get; }
    public IReadOnlyList<GraphEdge> Edges { get; }
    public string Start { get; }

    /// <summary>Edges read as From → To (Bellman-Ford, topological sort): drawn with arrowheads.</summary>
    public bool Directed { get; init; }

    /// <summary>Neighbours of a node with the edge weight, sorted by name (ordinal).</summary>
    public IReadOnlyList<(string Node, int Weight)> Neighbours(string node) =>
        Edges.Where(e => e.From == node || e.To == node)
            .Select(e => (e.From == node ? e.To : e.From, e.Weight))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>Directed reading: the nodes an edge leads to from <paramref name="node"/> (From → To), by name.</summary>
    public IReadOnlyList<(string Node, int Weight)> Successors(string node) =>
        Edges.Where(e => e.From == node).Select(e => (e.To, e.Weight)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();

    /// <summary>The edge between two nodes as it was defined (its from/to order is the key highlight-edge needs).</summary>
    public GraphEdge EdgeBetween(string a, string b) =>
        Edges.FirstOrDefault(e => e.From == a && e.To == b) ?? Edges.First(e => e.From == b && e.To == a);

    public string Describe(bool weighted) =>
        string.Join(" ", Edges.Select(e => weighted ? $"{e.From}-{e.To}:{e.Weight}" : $"{e.From}-{e.To}"));
}
