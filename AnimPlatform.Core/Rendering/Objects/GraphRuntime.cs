using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// Spec §7.1: root at the canvas centre, nodes at absolute canvas coordinates, edges behind nodes and bound
/// to them. Extensions: directed edges end in arrowheads on the to-node's outline, the two edges of a pair
/// curve apart, weights are drawn in pills beside their edges (above the edges, below the nodes).
/// </summary>
public sealed class GraphRuntime : ObjectRuntime, Pointers.IPointerHost
{
    public Dictionary<string, NodeParts> Nodes { get; } = new();
    public Dictionary<(string From, string To), LineElement> Edges { get; } = new();
    public Dictionary<(string From, string To), EdgeLabelElement> Weights { get; } = new();
    public NodeStyle Style { get; }

    public GraphRuntime(GraphDefinition def, CanvasSpec canvas) : base(def.Id, def.Type, new GroupElement(0, 0, 0))
    {
        var reader = new StyleReader(def.Style);
        var style = Style = NodeStyle.Read(reader, "#4a4a6a", "#7c7caa", "#3a3a5a");
        foreach (var n in def.Nodes)
            Nodes[n.Id] = style.CreateNode(n.Label, n.X - canvas.Width / 2, n.Y - canvas.Height / 2);
        var pairs = def.Edges.Select(e => (e.From, e.To)).ToHashSet();
        var outline = style.Radius + style.StrokeWidth / 2;
        foreach (var e in def.Edges)
        {
            // An edge to an unknown node is a validator error; at render time it is skipped (spec §7.1).
            if (!Nodes.TryGetValue(e.From, out var from) || !Nodes.TryGetValue(e.To, out var to)) continue;
            var paired = e.From != e.To && pairs.Contains((e.To, e.From));
            Edges[(e.From, e.To)] = Root.Add(new LineElement(style.EdgeColor, style.EdgeWidth, from.Group, to.Group)
            {
                Bend = paired ? Math.Max(14, style.Radius * 0.8) : 0,
                ArrowTo = def.Directed ? outline : 0,
            });
        }
        AddWeights(def, reader, canvas);
        foreach (var n in def.Nodes) Root.Add(Nodes[n.Id].Group);
    }

    private void AddWeights(GraphDefinition def, StyleReader reader, CanvasSpec canvas)
    {
        if (def.Edges.All(e => e.Weight is null)) return;
        ColorParser.TryParse(canvas.Background, out var background);
        background = background with { A = 1 };
        var size = FontSpec.SizeOf(reader.Text("weightFont")) is { } px && px > 0 ? px : 18;
        var text = reader.Text("weightColor") is not null ? reader.Color("weightColor", "#ffffff") : Contrast.ReadableOn(background);
        foreach (var e in def.Edges)
            if (e.Weight is { } weight && Edges.TryGetValue((e.From, e.To), out var edge) && !Weights.ContainsKey((e.From, e.To)))
                Weights[(e.From, e.To)] = Root.Add(new EdgeLabelElement(edge, weight, size, text, background));
    }

    public Pointers.PointerAnchor? Anchor(System.Text.Json.Nodes.JsonNode? place, Pointers.PointerSide side, out string? problem) =>
        Pointers.NodePlaces.Anchor(Id, Root, Nodes, place, side, out problem);
}
