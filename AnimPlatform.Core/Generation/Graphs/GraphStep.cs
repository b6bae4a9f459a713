namespace AnimPlatform.Core.Generation.Graphs;

public enum GraphStepKind
{
    /// <summary>BFS: node enters the queue (From = the node it was discovered from, or null).</summary>
    Enqueue,
    /// <summary>BFS: node leaves the queue and is visited.</summary>
    Dequeue,
    /// <summary>DFS: a call on the node starts (pushed on the call stack) — the node is visited.</summary>
    Push,
    /// <summary>DFS: the call on the node returns.</summary>
    Pop,
    /// <summary>The edge From–Node is looked at and Node was already seen.</summary>
    Skip,
    /// <summary>Dijkstra: the node with the smallest tentative distance is taken (Value = its distance).</summary>
    Extract,
    /// <summary>Dijkstra: the edge From–Node improves Node's distance to Value.</summary>
    Relax,
    /// <summary>Dijkstra: the edge From–Node does not improve Node (Value = the candidate distance).</summary>
    Keep,
}

/// <summary>One step of a graph algorithm, with the caption shown while it plays.</summary>
public sealed record GraphStep(GraphStepKind Kind, string Node, string? From, string Caption, int Value = 0);
