using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>
/// Heap sort's companion view: the array drawn as the complete binary tree it stores (index i's children are
/// 2i+1 and 2i+2) above the bars. Each value is a node that travels with its cell: on a swap the two nodes let
/// go of their other links, trade places and re-link; a compare lights the same nodes; an index in the sorted
/// part is out of the heap — its node takes the faded sorted colour and the edge to it dims, so the heap shrinks.
/// </summary>
public sealed class HeapTreeView : IArrayCompanion
{
    public const string TreeId = "heapTree";

    /// <summary>
    /// The tree's band (node centres), in the diagram area above the bars: the root's circle (radius at most 32) clears its
    /// top; the deepest level's slots spread from <see cref="Left"/> to <see cref="Right"/> (a radius and a margin inside the area).
    /// </summary>
    private const double Top = LessonLayout.ContentTop + 36, Bottom = 455, Left = LessonLayout.DiagramLeft + 40, Right = LessonLayout.DiagramRight - 40;

    /// <summary>A node out of the heap (sorted): the sorted green, darker, with a thin muted outline.</summary>
    public const string OutFill = "#1d7a46", OutStroke = "#3a3a56";

    /// <summary>The edge to a node out of the heap: barely lighter than the background.</summary>
    public const string OutEdge = "#2a2a44";

    private readonly List<int> _slots = [];                        // item (original index) at each array index
    private readonly Dictionary<int, string> _look = [];            // item → palette name
    private readonly HashSet<(int Parent, int Child)> _edges = [];  // edges of the graph now, as item pairs
    private int _count;

    public (double Y, double BarHeight) Bars => (612, 140);

    private static string Node(int item) => $"t{item}";

    private int Levels => HeapSlots.Levels(_count);

    private double LevelGap => Levels <= 1 ? 0 : (Bottom - Top) / (Levels - 1);

    /// <summary>Node radius: the bottom level's slots and the level gap both leave room between neighbours.</summary>
    private double Radius => Math.Min(32, Math.Min(HeapSlots.LeafGap(Levels, Left, Right) / 2 - 6, Levels > 1 ? LevelGap / 2 - 8 : 32));

    /// <summary>The centre of array index <paramref name="i"/>'s node.</summary>
    public (double X, double Y) Slot(int i) => (HeapSlots.X(i, Levels, Left, Right), Top + Math.Floor(Math.Log2(i + 1)) * LevelGap);

    public IEnumerable<JsonObject> Setup(SceneBuilder s, IReadOnlyList<int> values)
    {
        _count = values.Count;
        _slots.Clear();
        _slots.AddRange(Enumerable.Range(0, _count));
        _edges.Clear();
        foreach (var e in Wanted()) _edges.Add(e);
        s.Add(new JsonObject
        {
            ["id"] = TreeId,
            ["type"] = "graph",
            ["nodes"] = new JsonArray(Enumerable.Range(0, _count).Select(i => (JsonNode?)new JsonObject
            {
                ["id"] = Node(i), ["label"] = values[i].ToString(), ["x"] = Math.Round(Slot(i).X, 1), ["y"] = Math.Round(Slot(i).Y, 1),
            }).ToArray()),
            ["edges"] = new JsonArray(_edges.OrderBy(e => e.Child).Select(e => (JsonNode?)Edge(e)).ToArray()),
            ["style"] = new JsonObject
            {
                ["nodeRadius"] = Math.Round(Radius, 1), ["labelFont"] = $"{LessonLayout.ValueSize + 2}px", ["nodeColor"] = Theme.BaseFill,
                ["nodeStroke"] = Theme.BaseStroke, ["edgeColor"] = Theme.Color("edgeBase"), ["edgeWidth"] = 3,
            },
        });
        return [Act.FadeIn(TreeId, 0.4)];
    }

    private static JsonObject Edge((int Parent, int Child) e) => new() { ["from"] = Node(e.Parent), ["to"] = Node(e.Child) };

    /// <summary>The tree's edges for the items where they are now: each index's parent to it.</summary>
    private IEnumerable<(int Parent, int Child)> Wanted() => Enumerable.Range(1, Math.Max(0, _count - 1)).Select(i => (_slots[(i - 1) / 2], _slots[i]));

    private bool Out(int item) => _look.TryGetValue(item, out var look) && look == "done";

    public IEnumerable<JsonObject> Paint(int i, string look, double d)
    {
        var item = _slots[i];
        var wasOut = Out(item);
        _look[item] = look;
        yield return look switch
        {
            "base" => Act.NodeStyle(TreeId, Node(item), Theme.BaseFill, Theme.BaseStroke, 3, d),
            "done" => Act.NodeStyle(TreeId, Node(item), OutFill, OutStroke, 2, d),
            _ => Act.HighlightNode(TreeId, Node(item), "$" + look, d),
        };
        // The edge into it dims as it leaves the heap (and comes back if it ever returns).
        if (i > 0 && wasOut != Out(item)) yield return EdgeColour((_slots[(i - 1) / 2], item), d);
    }

    /// <summary>The edge into a node: dimmed when the node is out of the heap, the tree's colour otherwise.</summary>
    private JsonObject EdgeColour((int Parent, int Child) e, double d) =>
        Act.HighlightEdge(TreeId, Node(e.Parent), Node(e.Child), Out(e.Child) ? OutEdge : Theme.Color("edgeBase"), d);

    public IEnumerable<JsonObject> BeforeSwap(int i, int j, double d)
    {
        // The two nodes let go of every link but the one between them.
        var (a, b) = (_slots[i], _slots[j]);
        var loose = _edges.Where(e => (e.Parent == a || e.Child == a || e.Parent == b || e.Child == b) && e != (a, b) && e != (b, a)).ToList();
        foreach (var e in loose)
        {
            _edges.Remove(e);
            yield return Remove(e, d);
        }
    }

    public IEnumerable<JsonObject> Swap(int i, int j, double d)
    {
        var (a, b) = (_slots[i], _slots[j]);
        (_slots[i], _slots[j]) = (b, a);
        yield return Act.MoveNode(TreeId, Node(a), Slot(j).X, Slot(j).Y, d);
        yield return Act.MoveNode(TreeId, Node(b), Slot(i).X, Slot(i).Y, d);
    }

    public IEnumerable<JsonObject> AfterSwap(int i, int j, double d)
    {
        // Re-link by the new places: a link between the pair that now points child → parent is drawn again the right way.
        var wanted = Wanted().ToHashSet();
        foreach (var e in _edges.Where(e => !wanted.Contains(e)).ToList())
        {
            _edges.Remove(e);
            yield return Remove(e, d);
        }
        foreach (var e in wanted.Where(e => !_edges.Contains(e)).OrderBy(e => e.Child))
        {
            _edges.Add(e);
            yield return Add(e, d);
            if (Out(e.Child)) yield return EdgeColour(e, d);
        }
    }

    private static JsonObject Remove((int Parent, int Child) e, double d) => EdgeActs.RemoveEdge(TreeId, Node(e.Parent), Node(e.Child), d);

    private static JsonObject Add((int Parent, int Child) e, double d) => EdgeActs.AddEdge(TreeId, Node(e.Parent), Node(e.Child), d);
}
