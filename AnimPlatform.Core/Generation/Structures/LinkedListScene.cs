using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// The linked-list walkthrough: a directed graph whose arrows are the next pointers, ending in a null node,
/// with a head pointer and a cur pointer for the walk. A graph's edges are fixed, so each rewiring is a
/// new version of the graph, cut to at once: the arrow that changes jumps to its new node while every other
/// arrow stays attached — no arrow ever points at a gap. Nodes move with move-node (arrows follow).
/// The list fills the lesson's diagram area; the code panel lights the line that runs and the variables follow.
/// </summary>
internal sealed class LinkedListScene
{
    public const string NullId = "null";
    private const double RowY = 500, LowY = 690;
    private readonly SceneBuilder _s;
    private readonly LessonPanels _panels;
    private readonly double _x0, _spacing, _radius;
    private readonly List<string> _order = [];                    // node ids from the head
    private readonly Dictionary<string, int> _value = [];
    private readonly Dictionary<string, (double X, double Y)> _at = [];
    private readonly Dictionary<string, string> _look = [];
    private readonly Dictionary<string, string> _next = [];       // id → id of its next (or null)
    private string _graph = "";
    private int _version, _made;
    private bool _curShown;

    public LinkedListScene(SceneBuilder s, LessonPanels panels, IReadOnlyList<int> initial, int maxLength)
    {
        _s = s;
        _panels = panels;
        // Slots 0..maxLength (the last one holds null) span the diagram area, a node's width kept clear at each side.
        var gaps = Math.Max(1, maxLength);
        _spacing = Math.Min(210, (LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 120) / gaps);
        _radius = Math.Min(44, Math.Round(_spacing * 0.34, 1));
        _x0 = LessonLayout.DiagramCenterX - gaps * _spacing / 2;
        foreach (var v in initial) _order.Add(Make(v));
        for (var k = 0; k < _order.Count; k++) _next[_order[k]] = k + 1 < _order.Count ? _order[k + 1] : NullId;
        for (var k = 0; k < _order.Count; k++) _at[_order[k]] = (Slot(k), RowY);
        _at[NullId] = (Slot(_order.Count), RowY);
    }

    public IReadOnlyList<int> Values => _order.Select(id => _value[id]).ToList();
    private string Head => _order.Count > 0 ? _order[0] : NullId;
    private double Slot(int k) => _x0 + k * _spacing;

    private string Make(int v)
    {
        var id = $"n{++_made}";
        _value[id] = v;
        return id;
    }

    public void Setup()
    {
        Version(first: true);
        _s.Add(PointerActs.Pointer("head", _graph, JsonValue.Create(Head)!, "head", "above", "#00d2ff"));
        _s.Add(PointerActs.Pointer("cur", _graph, JsonValue.Create(Head)!, "cur", "below"));
        _s.Together(new[] { _graph, "head" }.Concat(_panels.Ids).Select(id => Act.FadeIn(id, 0.6)));
    }

    private JsonObject Style(string graph, string id, double d) =>
        id == NullId ? Act.NodeStyle(graph, NullId, "#1a1a33", "#777799", 3, d)
        : _look.TryGetValue(id, out var look) ? Act.HighlightNode(graph, id, "$" + look, d)
        : Act.NodeStyle(graph, id, Theme.BaseFill, Theme.BaseStroke, 3, d);

    private JsonObject Paint(string id, string? look, double d = 0.3)
    {
        if (look is null) _look.Remove(id);
        else _look[id] = look;
        return Style(_graph, id, d);
    }

    /// <summary>Adds a graph of every node (those in the list plus <paramref name="extra"/>) and the next pointers, and cuts to it.</summary>
    private void Version(bool first = false, IEnumerable<string>? extra = null)
    {
        var ids = _order.Concat(extra ?? []).Distinct().Append(NullId).ToList();
        var id = $"list{++_version}";
        _s.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "graph",
            ["directed"] = true,
            ["nodes"] = new JsonArray(ids.Select(n => (JsonNode?)new JsonObject
            {
                ["id"] = n, ["label"] = n == NullId ? "null" : _value[n].ToString(), ["x"] = Math.Round(_at[n].X, 1), ["y"] = Math.Round(_at[n].Y, 1),
            }).ToArray()),
            ["edges"] = new JsonArray(ids.Where(n => n != NullId && _next.ContainsKey(n))
                .Select(n => (JsonNode?)new JsonObject { ["from"] = n, ["to"] = _next[n] }).ToArray()),
            ["style"] = new JsonObject
            {
                ["nodeRadius"] = _radius, ["labelFont"] = "26px", ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke,
                ["edgeColor"] = "#8fa8d8", ["edgeWidth"] = 3,
            },
        });
        _s.Together(ids.Where(n => n == NullId || _look.ContainsKey(n)).Select(n => Style(id, n, 0)));
        if (!first)
        {
            var cut = new List<JsonObject> { Act.FadeOut(_graph, 0), Act.FadeIn(id, 0), PointerActs.Move("head", JsonValue.Create(Head)!, 0, id) };
            if (_curShown) cut.Add(PointerActs.Move("cur", JsonValue.Create(_curAt)!, 0, id));
            _s.Together(cut);
        }
        _graph = id;
    }

    private string _curAt = "";

    private JsonObject Cur(string node)
    {
        _curAt = node;
        return PointerActs.Move("cur", JsonValue.Create(node)!, 0.35, _graph);
    }

    /// <summary>Walks from the head over <paramref name="count"/> nodes (or until <paramref name="value"/> when stopping at a match).</summary>
    public List<string> Walk(int count, int? value, string why)
    {
        var touched = new List<string>();
        for (var k = 0; k < count && k < _order.Count; k++)
        {
            var id = _order[k];
            touched.Add(id);
            var move = k == 0 ? StartCur(id).Concat(_panels.Line("walk")).ToList() : [Cur(id)];
            move.AddRange(_panels.Var("i", k.ToString()).Concat(_panels.Var("cur", _value[id].ToString())));
            if (value == _value[id])
            {
                _s.Together(move);
                break;
            }
            _s.Step(value is { } v ? $"cur = node {k}: {_value[id]} ≠ {v} → cur = cur.next" : $"cur = node {k} → cur = cur.next ({why})")
             .Together(move.Append(Paint(id, "compare"))).Pause(0.5);
        }
        return touched;
    }

    private IEnumerable<JsonObject> StartCur(string node)
    {
        _curShown = true;
        _curAt = node;
        return [PointerActs.Move("cur", JsonValue.Create(node)!, 0, _graph), Act.FadeIn("cur", 0.3)];
    }

    private void HideCur()
    {
        if (!_curShown) return;
        _curShown = false;
        _s.Do(Act.FadeOut("cur", 0.3));
    }

    private void Reset(IEnumerable<string> ids) => _s.Together(ids.Where(_value.ContainsKey).Where(_order.Contains).Select(id => Paint(id, null)));

    public void Insert(int v, int i)
    {
        var walked = Walk(i, null, $"to reach position {i}");
        if (_curShown) _s.Pause(0.2);
        var next = i < _order.Count ? _order[i] : NullId;
        // Make room: the nodes from i on (and null) slide one place right, their arrows stay attached.
        var moving = _order.Skip(i).Append(NullId).ToList();
        _s.Step(i == _order.Count ? "Make room at the end" : $"Make room: the nodes from position {i} slide right")
         .Together(moving.Select(id => MoveNode(id, _at[id].X + _spacing, RowY, 0.6))).Pause(0.2);
        var created = Make(v);
        _at[created] = (Slot(i), LowY);
        _next[created] = next;
        _look[created] = "found";
        Version(extra: [created]);
        _s.Step($"Create node {v} with new.next = {Describe(next)}").Together(_panels.Line("create").Concat(_panels.Var("i", i.ToString()))).Pause(1.0);
        _order.Insert(i, created);
        if (i > 0) _next[_order[i - 1]] = created;
        Version();
        _s.Step(i == 0 ? $"head = new: the head now points to {v}" : $"node {i - 1}.next = new: {_value[_order[i - 1]]} now points to {v}")
         .Together(_panels.Line("link").Concat(_panels.Var("size", _order.Count.ToString()))).Pause(1.0);
        _s.Step($"{v} is in the list at position {i}").Do(MoveNode(created, Slot(i), RowY, 0.6)).Pause(0.5);
        HideCur();
        Reset(walked.Append(created));
    }

    public void Delete(int i)
    {
        var walked = Walk(i + 1, _value[_order[i]], "");
        var id = _order[i];
        var v = _value[id];
        var next = _next[id];
        _s.Step(i == 0 ? $"Found {v} at the head" : $"Found {v} at node {i}").Do(Paint(id, "swap", 0.35)).Pause(0.8);
        // Out of the row first, so the new arrow does not run through it.
        _s.Do(MoveNode(id, _at[id].X, LowY, 0.6));
        _order.RemoveAt(i);
        if (i > 0) _next[_order[i - 1]] = next;
        Version(extra: [id]);
        _s.Step(i == 0 ? $"head = head.next: the head now points to {Describe(next)}" : $"node {i - 1}.next = {v}.next: {_value[_order[i - 1]]} now points to {Describe(next)}")
         .Together(_panels.Line("unlink")).Pause(1.2);
        if (_curAt == id) _curAt = i < _order.Count ? _order[i] : NullId;
        _look.Remove(id);
        _next.Remove(id);
        Version();
        _s.Step($"Nothing points to {v} any more: it is freed");
        _s.Together(_order.Skip(i).Append(NullId).Select(n => MoveNode(n, _at[n].X - _spacing, RowY, 0.6))
            .Concat(_panels.Line("free")).Concat(_panels.Var("size", _order.Count.ToString()))).Pause(0.4);
        HideCur();
        Reset(walked);
    }

    public void Search(int v, int index)
    {
        var walked = Walk(index < 0 ? _order.Count : index + 1, v, "");
        if (index >= 0)
            _s.Step($"Node {index} holds {v} → found").Together(_panels.Line("found").Append(Paint(_order[index], "found", 0.35))).Pause(1.4);
        else
        {
            if (_curShown) _s.Together(Cur(NullId));
            _s.Step($"cur = null — {v} is not in the list").Together(NullLine()).Pause(1.4);
        }
        HideCur();
        Reset(walked);
    }

    public void NotFoundDelete(int v)
    {
        Walk(_order.Count, v, "");
        if (_curShown) _s.Together(Cur(NullId));
        _s.Step($"cur = null — {v} is not in the list, nothing to delete").Together(NullLine()).Pause(1.4);
        HideCur();
        Reset(_order);
    }

    private IEnumerable<JsonObject> NullLine() => _panels.Line("null").Concat(_panels.Var("cur", "null"));

    private string Describe(string id) => id == NullId ? "null" : _value[id].ToString();

    private JsonObject MoveNode(string id, double x, double y, double d)
    {
        _at[id] = (x, y);
        return Act.MoveNode(_graph, id, x, y, d);
    }
}
