using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>Spec §7.1: root at the canvas centre, nodes at absolute canvas coordinates, edges behind nodes and bound to them.</summary>
public sealed class GraphRuntime : ObjectRuntime, Pointers.IPointerHost
{
    public Dictionary<string, NodeParts> Nodes { get; } = new();
    public Dictionary<(string From, string To), LineElement> Edges { get; } = new();

    public GraphRuntime(GraphDefinition def, CanvasSpec canvas) : base(def.Id, def.Type, new GroupElement(0, 0, 0))
    {
        var style = NodeStyle.Read(new StyleReader(def.Style), "#4a4a6a", "#7c7caa", "#3a3a5a");
        foreach (var n in def.Nodes)
            Nodes[n.Id] = style.CreateNode(n.Label, n.X - canvas.Width / 2, n.Y - canvas.Height / 2);
        foreach (var e in def.Edges)
        {
            // An edge to an unknown node is a validator error; at render time it is skipped (spec §7.1).
            if (!Nodes.TryGetValue(e.From, out var from) || !Nodes.TryGetValue(e.To, out var to)) continue;
            Edges[(e.From, e.To)] = Root.Add(new LineElement(style.EdgeColor, style.EdgeWidth, from.Group, to.Group));
        }
        foreach (var n in def.Nodes) Root.Add(Nodes[n.Id].Group);
    }

    public Pointers.PointerAnchor? Anchor(System.Text.Json.Nodes.JsonNode? place, Pointers.PointerSide side, out string? problem) =>
        Pointers.NodePlaces.Anchor(Id, Root, Nodes, place, side, out problem);
}
