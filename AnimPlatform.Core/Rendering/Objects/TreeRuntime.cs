using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// Spec §7.2/§9.6: a tree's live structure (child records, parents, layout positions) and its drawn parts.
/// insert-node and delete-node change the structure while the timeline compiles.
/// </summary>
public sealed class TreeRuntime : ObjectRuntime, Pointers.IPointerHost
{
    public NodeStyle Style { get; }
    public string RootId { get; }
    public double LevelSpacing { get; }
    public double SiblingSpacing { get; }
    public Dictionary<string, TreeLayout.Children> Children { get; } = new();
    public Dictionary<string, string> ParentOf { get; } = new();
    public Dictionary<string, (double X, double Y)> Positions { get; private set; }
    public Dictionary<string, NodeParts> Nodes { get; } = new();
    public Dictionary<(string Parent, string Child), LineElement> Edges { get; } = new();

    public TreeRuntime(TreeDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        var reader = new StyleReader(def.Style);
        Style = NodeStyle.Read(reader, "#2d4a7a", "#5b8fd9", "#4a6a9a");
        LevelSpacing = reader.Number("levelSpacing", 100);
        SiblingSpacing = reader.Number("siblingSpacing", 60);
        RootId = def.Root;

        foreach (var n in def.Nodes) Children.TryAdd(n.Id, new TreeLayout.Children());
        foreach (var n in def.Nodes)
        {
            if (n.Parent is null || n.Side is null) continue;
            if (Children.TryGetValue(n.Parent, out var record))
            {
                if (n.Side == "left") record.Left = n.Id;
                else if (n.Side == "right") record.Right = n.Id;
            }
            ParentOf[n.Id] = n.Parent;
        }
        Positions = Layout();

        // Edges first (node-list order), then nodes, so circles cover line ends.
        foreach (var n in def.Nodes)
        {
            if (n.Parent is null || !Positions.TryGetValue(n.Parent, out var p) || !Positions.TryGetValue(n.Id, out var c)) continue;
            Edges[(n.Parent, n.Id)] = Root.Add(new LineElement(Style.EdgeColor, Style.EdgeWidth, p.X, p.Y, c.X, c.Y));
        }
        foreach (var n in def.Nodes)
        {
            if (!Positions.TryGetValue(n.Id, out var pos) || Nodes.ContainsKey(n.Id)) continue;
            var parts = Style.CreateNode(n.Label, pos.X, pos.Y);
            Nodes[n.Id] = parts;
            Root.Add(parts.Group);
        }
    }

    public Dictionary<string, (double X, double Y)> Layout() =>
        TreeLayout.Compute(RootId, Children, LevelSpacing, SiblingSpacing, Style.Radius);

    public void Relayout() => Positions = Layout();

    /// <summary>The node and all nodes below it in the live structure.</summary>
    public List<string> Subtree(string id)
    {
        var result = new List<string>();
        var seen = new HashSet<string>();
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n)) continue;
            result.Add(n);
            if (!Children.TryGetValue(n, out var c)) continue;
            if (c.Right is not null) stack.Push(c.Right);
            if (c.Left is not null) stack.Push(c.Left);
        }
        return result;
    }

    public Pointers.PointerAnchor? Anchor(System.Text.Json.Nodes.JsonNode? place, Pointers.PointerSide side, out string? problem) =>
        Pointers.NodePlaces.Anchor(Id, Root, Nodes, place, side, out problem);
}
