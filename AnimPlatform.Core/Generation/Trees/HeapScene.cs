using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// The heap walkthrough: the heap as a complete binary tree (only the slots in use, each node holds its
/// value) above the array that stores it (a one-row grid with the indices on top, an "i" pointer under
/// the slot the sift is at), with the pseudocode and the live variables in the panel column. A graph's nodes are
/// fixed, so every change of shape is a new version of the graph, cut to while both look the same: a new
/// value grows out of its parent; on a swap the two nodes let go of their other links, trade places and
/// re-link; on an extract the root leaves and the last value slides up.
/// </summary>
internal sealed class HeapScene
{
    public const string ArrayId = "arr";
    private const string ExtractedId = "extracted";
    // The tree fills the diagram area's width (its deepest level's slots from edge to edge, a node's radius and a
    // margin in); the array sits under its lowest level, the extracted line under the array.
    private const double NodeRadius = 34, TreeLeft = LessonLayout.DiagramLeft + NodeRadius + 6, TreeRight = LessonLayout.DiagramRight - NodeRadius - 6,
        TreeTop = LessonLayout.ContentTop + 60, LevelGap = 110, ArrayX = LessonLayout.DiagramCenterX, ArrayY = 700;

    private readonly SceneBuilder _s;
    private readonly LessonPanels _panels;
    private int _swaps;
    private readonly IReadOnlyList<HeapEvent> _events;
    private readonly List<int> _slots = [];                 // item id at each array slot
    private readonly Dictionary<int, int> _value = [];       // item id → value
    private readonly Dictionary<int, string> _look = [];     // item id → palette name (absent: base)
    private readonly List<int> _extracted = [];
    private readonly int _capacity;
    private string? _graph;
    private int _version, _items, _e;

    public HeapScene(SceneBuilder s, BinaryHeapGenerator.Trace trace, LessonPanels panels)
    {
        _s = s;
        _panels = panels;
        _events = trace.Events;
        _capacity = Math.Max(1, trace.ArrayAfterEachOperation.Select(a => a.Length).DefaultIfEmpty(0).Max());
    }

    /// <summary>The centre of array index <paramref name="i"/>'s node: the layout is that of the largest heap the run holds.</summary>
    public (double X, double Y) Slot(int i) =>
        (HeapSlots.X(i, HeapSlots.Levels(_capacity), TreeLeft, TreeRight), TreeTop + Math.Floor(Math.Log2(i + 1)) * LevelGap);

    private static string Node(int item) => $"h{item}";
    private static int[] Cell(int i) => [0, i];

    public void Setup()
    {
        var cw = Math.Min(64, 700.0 / _capacity);
        _s.Add(new JsonObject
        {
            ["id"] = ArrayId,
            ["type"] = "grid",
            ["rows"] = 1,
            ["cols"] = _capacity,
            ["position"] = SceneBuilder.Pos(ArrayX, ArrayY),
            ["colHeaders"] = new JsonArray(Enumerable.Range(0, _capacity).Select(i => (JsonNode?)JsonValue.Create(i.ToString())).ToArray()),
            ["values"] = new JsonArray(new JsonArray(Enumerable.Range(0, _capacity).Select(_ => (JsonNode?)JsonValue.Create("")).ToArray())),
            ["style"] = new JsonObject { ["cellWidth"] = Math.Round(cw, 1), ["cellHeight"] = 56, ["fontSize"] = 22, ["fillColor"] = "#1f2f4f", ["borderColor"] = Theme.BaseStroke },
        });
        _s.Text("arrCaption", ArrayX - cw * _capacity / 2 - 40, ArrayY, "bold 24px sans-serif", Theme.Subtle, "a");
        _s.Text(ExtractedId, ArrayX, ArrayY + 100, "bold 26px sans-serif", Theme.Accent);
        _panels.Pointer("i", ArrayId, new JsonArray(0, 0), ArrayLesson.Yellow, "below");
        _s.Together(_panels.Ids.Select(id => Act.FadeIn(id, 0.6)).Append(Act.FadeIn(ArrayId, 0.6)).Append(Act.FadeIn("arrCaption", 0.6)).Append(Act.FadeIn(ExtractedId, 0.3))).Pause(P(0.6));
    }

    private JsonObject Style(string graph, int item, double d) =>
        _look.TryGetValue(item, out var look)
            ? Act.HighlightNode(graph, Node(item), "$" + look, d)
            : Act.NodeStyle(graph, Node(item), Theme.BaseFill, Theme.BaseStroke, 3, d);

    private IEnumerable<JsonObject> Paint(IEnumerable<int> slots, string? look, double d = 0.3)
    {
        foreach (var i in slots)
        {
            var item = _slots[i];
            if (look is null) _look.Remove(item);
            else _look[item] = look;
            yield return Style(_graph!, item, d);
            yield return look is null ? Cell("clear-grid-cell", i, d) : HighlightCell(i, look, d);
        }
    }

    private static JsonObject Cell(string action, int i, double d) => new()
    {
        ["action"] = action, ["target"] = ArrayId, ["cell"] = new JsonArray(0, i), ["duration"] = Fmt.Seconds(d),
    };

    private static JsonObject HighlightCell(int i, string look, double d)
    {
        var o = Cell("highlight-grid-cell", i, d);
        o["color"] = "$" + look;
        return o;
    }

    private static JsonObject SetCell(int i, string value, double d)
    {
        var o = Cell("set-grid-cell", i, d);
        o["value"] = value;
        return o;
    }

    /// <summary>
    /// Adds the next graph version (items at their slots, except <paramref name="at"/> overrides; without the
    /// edges touching <paramref name="loose"/> except the one between two loose items) and cuts to it.
    /// </summary>
    private void Version(IReadOnlySet<int>? loose = null, IReadOnlyDictionary<int, (double X, double Y)>? at = null, int? drawnFirst = null)
    {
        if (_slots.Count == 0)
        {
            if (_graph is not null) _s.Do(Act.FadeOut(_graph, 0.5));
            _graph = null;
            return;
        }
        loose ??= new HashSet<int>();
        var id = $"heap{++_version}";
        var order = Enumerable.Range(0, _slots.Count).OrderBy(i => _slots[i] == drawnFirst ? 0 : 1).ToList();
        var edges = Enumerable.Range(1, _slots.Count - 1)
            .Select(i => (P: _slots[(i - 1) / 2], C: _slots[i]))
            .Where(e => loose.Contains(e.P) == loose.Contains(e.C))
            .ToList();
        _s.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "graph",
            ["nodes"] = new JsonArray(order.Select(i =>
            {
                var item = _slots[i];
                var (x, y) = at is not null && at.TryGetValue(item, out var p) ? p : Slot(i);
                return (JsonNode?)new JsonObject { ["id"] = Node(item), ["label"] = _value[item].ToString(), ["x"] = Math.Round(x, 1), ["y"] = Math.Round(y, 1) };
            }).ToArray()),
            ["edges"] = new JsonArray(edges.Select(e => (JsonNode?)new JsonObject { ["from"] = Node(e.P), ["to"] = Node(e.C) }).ToArray()),
            ["style"] = new JsonObject { ["nodeRadius"] = NodeRadius, ["labelFont"] = "24px", ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke, ["edgeColor"] = Theme.Color("edgeBase"), ["edgeWidth"] = 3 },
        });
        _s.Together(_slots.Where(_look.ContainsKey).Select(item => Style(id, item, 0)));
        _s.Together(_graph is null ? [Act.FadeIn(id, 0.4)] : [Act.FadeOut(_graph, 0), Act.FadeIn(id, 0)]);
        _graph = id;
    }

    /// <summary>Operations played so far: the first ones run at teaching speed, later ones at 0.5×.</summary>
    private int _done;
    private double P(double seconds) => _done >= 3 ? seconds * 0.5 : seconds;

    public void Insert(int v)
    {
        _done++;
        var ev = _events[_e++];
        var slot = ev.I;
        var item = ++_items;
        _value[item] = v;
        _slots.Add(item);
        _look[item] = "found";
        if (slot == 0) Version();
        else Version(at: new Dictionary<int, (double, double)> { [item] = Slot((slot - 1) / 2) }, drawnFirst: item);
        _swaps = 0;
        _s.Step(ev.Caption).Together(new[] { Act.MoveNode(_graph!, Node(item), Slot(slot).X, Slot(slot).Y, P(0.7)), SetCell(slot, v.ToString(), 0.5), HighlightCell(slot, "found", 0.5) }
            .Concat(_panels.Line("add")).Concat(Vars(slot, "–")).Concat(_panels.Var("n", _slots.Count.ToString())).Concat(_panels.Var("swaps", "0"))).Pause(P(0.6));
        _s.Together(Paint([slot], null));
        SiftSteps(up: true);
    }

    public void Extract(string top)
    {
        _done++;
        if (_slots.Count == 0)
        {
            _s.Step("The heap is empty — nothing to extract").Together(_panels.Point("i", null).Concat(_panels.Var("i", "–")).Concat(_panels.Var("parent / child", "–")).Append(Act.Pause(P(1.5))));
            return;
        }
        var take = _events[_e++];
        var rootItem = _slots[0];
        _swaps = 0;
        _s.Step(take.Caption).Together(Paint([0], "found", 0.4).Concat(_panels.Line("take")).Concat(Vars(0, "–")).Concat(_panels.Var("swaps", "0"))).Pause(P(1.0));
        _extracted.Add(_value[rootItem]);
        _s.SetText(ExtractedId, $"Extracted ({top} first): " + string.Join(", ", _extracted));
        var last = _slots.Count - 1;
        if (last == 0)
        {
            _look.Remove(rootItem);
            _slots.Clear();
            _s.Together(new[] { SetCell(0, "", 0.4), Cell("clear-grid-cell", 0, 0.4) }.Concat(_panels.Line("last")).Concat(_panels.Var("n", "0")).Concat(_panels.Var("i", "–")).Concat(_panels.Point("i", null)));
            Version();
            _s.Together(_panels.Line("ret").Append(Act.Pause(P(0.5))));
            return;
        }
        var move = _events[_e++];
        var lastItem = _slots[last];
        // The root leaves; the last value lets go of its parent and slides up to the root.
        _look.Remove(rootItem);
        _slots[0] = lastItem;
        _slots.RemoveAt(last);
        _look[lastItem] = "swap";
        Version(loose: new HashSet<int> { lastItem }, at: new Dictionary<int, (double, double)> { [lastItem] = Slot(last) });
        _s.Step(move.Caption)
         .Together(Act.MoveNode(_graph!, Node(lastItem), Slot(0).X, Slot(0).Y, P(0.9)), SetCell(0, _value[lastItem].ToString(), 0.6),
             SetCell(last, "", 0.6), Cell("clear-grid-cell", last, 0.3), HighlightCell(0, "swap", 0.3))
         .Together(_panels.Line("last").Concat(_panels.Var("n", _slots.Count.ToString())).Concat(Vars(0, "–")))
         .Pause(P(0.3));
        Version();
        _s.Together(Paint([0], null));
        SiftSteps(up: false);
        _s.Together(_panels.Line("ret").Concat(_panels.Point("i", null)).Append(Act.Pause(P(0.5))));
    }

    /// <summary>The variables and the "i" pointer at slot <paramref name="i"/>, with the parent or child index compared.</summary>
    private IEnumerable<JsonObject> Vars(int i, string other) =>
        _panels.Var("i", i.ToString()).Concat(_panels.Var("parent / child", other)).Concat(_panels.Point("i", new JsonArray(0, i)));

    /// <summary>The sift steps of one operation: up after an insert (events hold i and its parent), down after an extract (the child and i).</summary>
    private void SiftSteps(bool up)
    {
        while (_e < _events.Count && _events[_e].Kind is HeapEventKind.Compare or HeapEventKind.Swap or HeapEventKind.Settled)
        {
            var x = _events[_e++];
            switch (x.Kind)
            {
                case HeapEventKind.Compare:
                {
                    var swaps = _e < _events.Count && _events[_e].Kind == HeapEventKind.Swap;
                    var vars = up ? Vars(x.I, $"parent {x.J}") : Vars(x.J, $"child {x.I}");
                    _s.Step(x.Caption).Together(Paint([x.I, x.J], "compare", 0.35).Concat(_panels.Line(up ? "up" : swaps ? "down" : "stop")).Concat(vars)).Pause(P(1.0));
                    if (!swaps) _s.Together(Paint([x.I, x.J], null, 0.25));
                    break;
                }
                case HeapEventKind.Swap:
                    Swap(x.I, x.J, up);
                    break;
                case HeapEventKind.Settled:
                    _s.Step(x.Caption).Together(_panels.Line(up ? "up" : "child").Concat(Vars(x.I, "–")).Append(Act.Pause(P(1.0))));
                    break;
            }
        }
    }

    private void Swap(int i, int j, bool up)
    {
        var (a, b) = (_slots[i], _slots[j]);
        _swaps++;
        _s.Together(Paint([i, j], "swap", 0.25).Concat(_panels.Line(up ? "upswap" : "down")).Concat(_panels.Var("swaps", _swaps.ToString())));
        Version(loose: new HashSet<int> { a, b });
        _s.Together(Act.MoveNode(_graph!, Node(a), Slot(j).X, Slot(j).Y, P(0.8)), Act.MoveNode(_graph!, Node(b), Slot(i).X, Slot(i).Y, P(0.8)),
            SetCell(i, _value[b].ToString(), P(0.8)), SetCell(j, _value[a].ToString(), P(0.8)));
        (_slots[i], _slots[j]) = (b, a);
        Version();
        // The sift goes on from the slot the moving value reached: the parent going up, the child going down.
        _s.Together(Paint([i, j], null, 0.25).Concat(Vars(up ? j : i, "–"))).Pause(P(0.3));
    }

    public IReadOnlyList<int> Values => _slots.Select(item => _value[item]).ToList();
}
