using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// Spec §7.1: root at the canvas centre, nodes at absolute canvas coordinates, edges behind nodes and bound
/// to them. Extensions: directed edges end in arrowheads on the to-node's outline, the two edges of a pair
/// curve apart, weights are drawn in pills beside their edges (above the edges, below the nodes); edges can
/// be added and removed on the timeline (add-edge, remove-edge).
/// </summary>
public sealed class GraphRuntime : ObjectRuntime, Pointers.IPointerHost
{
    private readonly bool _directed;
    private readonly double _weightSize;
    private readonly Rgba _weightText, _weightPill;

    public Dictionary<string, NodeParts> Nodes { get; } = new();
    public Dictionary<(string From, string To), LineElement> Edges { get; } = new();
    public Dictionary<(string From, string To), EdgeLabelElement> Weights { get; } = new();
    public NodeStyle Style { get; }

    public GraphRuntime(GraphDefinition def, CanvasSpec canvas) : base(def.Id, def.Type, new GroupElement(0, 0, 0))
    {
        var reader = new StyleReader(def.Style);
        var style = Style = NodeStyle.Read(reader, "#4a4a6a", "#7c7caa", "#3a3a5a");
        _directed = def.Directed;
        ColorParser.TryParse(canvas.Background, out var background);
        _weightPill = background with { A = 1 };
        _weightSize = FontSpec.SizeOf(reader.Text("weightFont")) is { } px && px > 0 ? px : 18;
        _weightText = reader.Text("weightColor") is not null ? reader.Color("weightColor", "#ffffff") : Contrast.ReadableOn(_weightPill);
        foreach (var n in def.Nodes)
            Nodes[n.Id] = style.CreateNode(n.Label, n.X - canvas.Width / 2, n.Y - canvas.Height / 2);
        var pairs = def.Edges.Select(e => (e.From, e.To)).ToHashSet();
        foreach (var e in def.Edges)
        {
            // An edge to an unknown node is a validator error; at render time it is skipped (spec §7.1).
            if (!Nodes.TryGetValue(e.From, out var from) || !Nodes.TryGetValue(e.To, out var to)) continue;
            var paired = e.From != e.To && pairs.Contains((e.To, e.From));
            Edges[(e.From, e.To)] = Root.Add(NewEdge(from, to, paired));
        }
        if (def.Edges.Any(e => e.Weight is not null))
            foreach (var e in def.Edges)
                if (e.Weight is { } weight && Edges.TryGetValue((e.From, e.To), out var edge) && !Weights.ContainsKey((e.From, e.To)))
                    Weights[(e.From, e.To)] = Root.Add(NewWeight(edge, weight));
        foreach (var n in def.Nodes) Root.Add(Nodes[n.Id].Group);
    }

    /// <summary>
    /// add-edge: a new edge from <paramref name="from"/> to <paramref name="to"/> (both known nodes, the edge absent),
    /// alive from <paramref name="born"/>, drawn with the definition's edges (under the weights and nodes); its weight
    /// pill, when given, with the other weights. The edge curves when the reverse edge exists.
    /// </summary>
    internal (LineElement Edge, EdgeLabelElement? Weight) AddEdge(string from, string to, string? weight, double born)
    {
        var paired = from != to && Edges.ContainsKey((to, from));
        var edge = NewEdge(Nodes[from], Nodes[to], paired);
        edge.Born = born;
        Root.Children.Insert(FirstIndex(c => c is not LineElement), edge);
        Edges[(from, to)] = edge;
        if (weight is null) return (edge, null);
        var label = NewWeight(edge, weight);
        label.Born = born;
        Root.Children.Insert(FirstIndex(c => c is not LineElement and not EdgeLabelElement), label);
        Weights[(from, to)] = label;
        return (edge, label);
    }

    /// <summary>remove-edge: the edge (and its weight) stop existing at <paramref name="gone"/> and can no longer be targeted.</summary>
    internal LineElement? RemoveEdge(string from, string to, double gone)
    {
        if (!Edges.Remove((from, to), out var edge)) return null;
        edge.Removed = Math.Min(edge.Removed, gone);
        if (Weights.Remove((from, to), out var label)) label.Removed = Math.Min(label.Removed, gone);
        return edge;
    }

    private int FirstIndex(Predicate<Element> match) => Root.Children.FindIndex(match) is var i and >= 0 ? i : Root.Children.Count;

    private LineElement NewEdge(NodeParts from, NodeParts to, bool paired) =>
        new(Style.EdgeColor, Style.EdgeWidth, from.Group, to.Group)
        {
            Bend = paired ? Math.Max(14, Style.Radius * 0.8) : 0,
            ArrowTo = _directed ? Style.Radius + Style.StrokeWidth / 2 : 0,
        };

    private EdgeLabelElement NewWeight(LineElement edge, string weight) => new(edge, weight, _weightSize, _weightText, _weightPill);

    public Pointers.PointerAnchor? Anchor(System.Text.Json.Nodes.JsonNode? place, Pointers.PointerSide side, out string? problem) =>
        Pointers.NodePlaces.Anchor(Id, Root, Nodes, place, side, out problem);
}
