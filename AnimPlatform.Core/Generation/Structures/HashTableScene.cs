using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// The hash table walkthrough: the buckets are a grid and each bucket's chain a row of nodes joined by next arrows
/// (a directed graph; an arrow glyph leads from the bucket to its first node), laid out by <see cref="HashTableLayout"/>:
/// a column of buckets with chains running right, or a row of buckets across the diagram area with chains hanging
/// down. A graph's edges are fixed, so each insert or delete is a new version of the graph, cut to at once. A "cur"
/// pointer walks the chain; the code panel lights the line that runs and the variables panel shows key, h, cur,
/// comparisons, n and the load factor.
/// </summary>
internal sealed class HashTableScene
{
    public const string GridId = "buckets";
    public const string HashTextId = "hash";
    public const double HashY = LessonLayout.ContentTop + 30;
    public const double BucketTop = LessonLayout.ContentTop + 70;
    public const double BucketBottom = LessonLayout.ContentBottom;

    /// <summary>Room the "cur" tag takes right of its node (gap + marker + tag of a 3-letter label at 20 px), kept clear of the next node.</summary>
    public const double PointerRoom = 70;

    private readonly SceneBuilder _s;
    private readonly LessonPanels _panels;
    private readonly int _m;
    private readonly HashTableLayout _layout;
    private readonly List<List<int>> _chains;
    private readonly Dictionary<string, string> _look = [];
    private string? _graph;
    private int _version;
    private int _n;

    public HashTableScene(SceneBuilder s, LessonPanels panels, int m, int longestChain, int labelChars)
    {
        _s = s;
        _panels = panels;
        _m = m;
        _chains = Enumerable.Range(0, m).Select(_ => new List<int>()).ToList();
        _layout = HashTableLayout.Choose(m, longestChain, labelChars);
    }

    public static string NodeId(int key) => key < 0 ? $"km{-key}" : $"k{key}";

    private static string HeadArrowId(int b) => $"head{b}";

    public int Count => _n;

    public string Load => string.Create(CultureInfo.InvariantCulture, $"{_n}/{_m} = {(double)_n / _m:0.00}");

    public void Setup()
    {
        _s.Add(new JsonObject
        {
            ["id"] = GridId,
            ["type"] = "grid",
            ["rows"] = _layout.Rows(_m),
            ["cols"] = _layout.Cols(_m),
            ["position"] = SceneBuilder.Pos(_layout.GridX, _layout.GridY),
            ["values"] = _layout.Across
                ? new JsonArray(new JsonArray(Enumerable.Range(0, _m).Select(i => (JsonNode?)JsonValue.Create($"#{i}")).ToArray()))
                : new JsonArray(Enumerable.Range(0, _m).Select(i => (JsonNode?)new JsonArray(JsonValue.Create($"#{i}"))).ToArray()),
            ["style"] = new JsonObject
            {
                ["cellWidth"] = _layout.CellWidth, ["cellHeight"] = _layout.CellHeight, ["fontSize"] = Math.Min(24, Math.Round(_layout.CellHeight * 0.4)),
                ["fillColor"] = "#2a2a4a", ["borderColor"] = "#5a5a8a",
            },
        });
        _s.Text(HashTextId, LessonLayout.DiagramCenterX, HashY, "bold 26px monospace", Theme.Accent, " ");
        for (var b = 0; b < _m; b++)
        {
            var (x, y) = _layout.HeadArrow(b);
            _s.Text(HeadArrowId(b), x, y, "bold 34px sans-serif", "#8fa8d8", _layout.HeadGlyph);
        }
        _s.Together(_panels.Ids.Append(GridId).Append(HashTextId).Select(id => Act.FadeIn(id, 0.5))).Pause(0.3);
    }

    /// <summary>Plays one operation of the trace: hash, walk the chain, then insert / report / unlink.</summary>
    public void Play(HashTableGenerator.Step step)
    {
        var op = step.Operation;
        var key = op.Value!.Value;
        var b = step.Bucket;
        var chain = _chains[b];
        _s.Heading($"{char.ToUpperInvariant(op.Command[0])}{op.Command[1..]} {key}");
        _s.Step($"h({key}) = {key} mod {_m} = {b}")
          .Together(_panels.Line("hash").Concat(_panels.Var("key", key.ToString())).Concat(_panels.Var("h", b.ToString()))
              .Concat(_panels.Var("cur", "–")).Concat(_panels.Var("comparisons", "0"))
              .Append(Act.SetText(HashTextId, $"h({key}) = {key} mod {_m} = {b}"))
              .Append(BucketCell("highlight-grid-cell", b, 0.35, "$compare"))).Pause(0.6);

        var comparisons = 0;
        _s.Step(chain.Count == 0 ? $"Bucket {b} is empty: cur = null" : $"cur ← head of bucket {b}: {chain[0]}")
          .Together(_panels.Line("head").Concat(_panels.Var("cur", chain.Count == 0 ? "null" : chain[0].ToString()))
              .Concat(chain.Count == 0 ? [] : PointAt(chain[0]))).Pause(0.5);
        for (var p = 0; p < chain.Count; p++)
        {
            var k = chain[p];
            comparisons++;
            if (k == key)
            {
                _s.Step($"cur.key {k} = {key} → stop")
                  .Together(_panels.Line("equal").Concat(_panels.Var("comparisons", comparisons.ToString())).Append(Paint(k, "compare"))).Pause(0.6);
                break;
            }
            var next = p + 1 < chain.Count ? chain[p + 1] : (int?)null;
            _s.Step($"cur.key {k} ≠ {key} → cur ← cur.next ({(next is { } nx ? nx.ToString() : "null")})")
              .Together(_panels.Line("next").Concat(_panels.Var("comparisons", comparisons.ToString())).Append(Paint(k, "compare"))
                  .Concat(_panels.Var("cur", next?.ToString() ?? "null")).Concat(next is { } to ? PointAt(to) : HideCur())).Pause(0.5);
        }

        switch (step.Outcome)
        {
            case HashTableGenerator.Outcome.Inserted:
                Append(b, key);
                break;
            case HashTableGenerator.Outcome.Duplicate:
                _s.Step($"{key} is already in bucket {b} — nothing to insert").Together(_panels.Line("dup")).Pause(1.0);
                break;
            case HashTableGenerator.Outcome.Found:
                _s.Step($"Found {key} in bucket {b} after {Fmt.Count(comparisons, "comparison")}")
                  .Together(_panels.Line("found").Append(Paint(key, "found", 0.35))).Pause(1.2);
                break;
            case HashTableGenerator.Outcome.NotFound:
            case HashTableGenerator.Outcome.NotDeleted:
                _s.Step($"cur = null — {key} is not in the table{(op.Command == "delete" ? ", nothing to delete" : "")}")
                  .Together(_panels.Line("missing")).Pause(1.2);
                break;
            case HashTableGenerator.Outcome.Deleted:
                Unlink(b, step.Position);
                break;
        }
        // Every node goes back to its plain colour (the walked ones and a new one).
        _s.Together(HideCur().Concat(_look.Keys.ToList().Select(Plain)).Append(BucketCell("clear-grid-cell", b, 0.3))).Pause(0.3);
    }

    private void Append(int b, int key)
    {
        var chain = _chains[b];
        chain.Add(key);
        _n++;
        _look[NodeId(key)] = "found";
        var caption = chain.Count == 1 ? $"Bucket {b} is empty → {key} starts its chain" : $"{key} is not in the chain → append it after {chain[^2]}";
        _s.Step(caption);
        Cut();
        _s.Together(_panels.Line("append").Concat(_panels.Var("n", _n.ToString())).Concat(_panels.Var("load", Load))
            .Concat(chain.Count == 1 ? [Act.FadeIn(HeadArrowId(b), 0.4)] : [])).Pause(0.9);
    }

    private void Unlink(int b, int p)
    {
        var chain = _chains[b];
        var key = chain[p];
        _s.Step(p == 0 ? $"Found {key} at the head of bucket {b}: unlink it" : $"Found {key}: {chain[p - 1]}.next ← {key}.next")
          .Together(_panels.Line("unlink").Append(Paint(key, "swap", 0.35))).Pause(0.9);
        chain.RemoveAt(p);
        _look.Remove(NodeId(key));
        _n--;
        // The old positions first: the arrow from the node before now skips the gap, then the rest slide up the chain.
        var before = Positions();
        for (var q = p; q < chain.Count; q++) before[NodeId(chain[q])] = _layout.Place(b, q + 1);
        _s.Together(HideCur());
        _s.Step(chain.Count == 0 ? $"{key} is gone: bucket {b} is empty again"
            : p < chain.Count ? $"{key} is gone; the rest of chain {b} moves up" : $"{key} is gone from the end of chain {b}");
        Cut(before);
        var moves = new List<JsonObject>(_panels.Var("n", _n.ToString()).Concat(_panels.Var("load", Load)).Concat(_panels.Var("cur", "–")));
        if (_graph is not null) moves.AddRange(chain.Skip(p).Select((k, i) => Act.MoveNode(_graph, NodeId(k), _layout.Place(b, p + i).X, _layout.Place(b, p + i).Y, 0.6)));
        if (chain.Count == 0) moves.Add(Act.FadeOut(HeadArrowId(b), 0.4));
        _s.Together(moves).Pause(0.6);
    }

    /// <summary>Node id → where each key of the table is drawn once its chain has settled.</summary>
    private Dictionary<string, (double X, double Y)> Positions()
    {
        var at = new Dictionary<string, (double X, double Y)>();
        for (var b = 0; b < _m; b++)
            for (var p = 0; p < _chains[b].Count; p++) at[NodeId(_chains[b][p])] = _layout.Place(b, p);
        return at;
    }

    /// <summary>Adds a graph of the table's chains now (nodes at <paramref name="at"/> or their settled places) and cuts to it.</summary>
    private void Cut(Dictionary<string, (double X, double Y)>? at = null)
    {
        at ??= Positions();
        var old = _graph;
        if (_n == 0)
        {
            if (old is not null) _s.Do(Act.FadeOut(old, 0));
            _graph = null;
            return;
        }
        var id = $"chains{++_version}";
        var nodes = new JsonArray();
        var edges = new JsonArray();
        foreach (var chain in _chains)
            for (var p = 0; p < chain.Count; p++)
            {
                var n = NodeId(chain[p]);
                nodes.Add(new JsonObject { ["id"] = n, ["label"] = chain[p].ToString(), ["x"] = Math.Round(at[n].X, 1), ["y"] = Math.Round(at[n].Y, 1) });
                if (p + 1 < chain.Count) edges.Add(new JsonObject { ["from"] = n, ["to"] = NodeId(chain[p + 1]) });
            }
        _s.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "graph",
            ["directed"] = true,
            ["nodes"] = nodes,
            ["edges"] = edges,
            ["style"] = new JsonObject
            {
                ["nodeRadius"] = _layout.Radius, ["labelFont"] = $"{Math.Clamp(Math.Round(_layout.Radius * 0.85), 20, 26)}px",
                ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke, ["edgeColor"] = "#8fa8d8", ["edgeWidth"] = 3,
            },
        });
        _s.Together(_look.Where(l => at.ContainsKey(l.Key)).Select(l => Act.HighlightNode(id, l.Key, "$" + l.Value, 0)));
        if (_layout.Pointer && !_panels.HasPointer("cur")) _panels.Pointer("cur", id, JsonValue.Create(((JsonObject)nodes[0]!)["id"]!.GetValue<string>())!, ArrayLesson.Yellow, "right");
        var cut = new List<JsonObject> { Act.FadeIn(id, old is null ? 0.4 : 0) };
        if (old is not null) cut.Add(Act.FadeOut(old, 0));
        _s.Together(cut);
        _graph = id;
    }

    private IEnumerable<JsonObject> PointAt(int key) => _layout.Pointer ? _panels.Point("cur", JsonValue.Create(NodeId(key)), 0.35, _graph) : [];

    private IEnumerable<JsonObject> HideCur() => _panels.HasPointer("cur") ? _panels.Point("cur", null) : [];

    private JsonObject Plain(string id)
    {
        _look.Remove(id);
        return Act.NodeStyle(_graph!, id, Theme.BaseFill, Theme.BaseStroke, 3, 0.3);
    }

    private JsonObject Paint(int key, string? look, double d = 0.3)
    {
        var id = NodeId(key);
        if (look is null) _look.Remove(id);
        else _look[id] = look;
        return look is null ? Act.NodeStyle(_graph!, id, Theme.BaseFill, Theme.BaseStroke, 3, d) : Act.HighlightNode(_graph!, id, "$" + look, d);
    }

    private JsonObject BucketCell(string action, int b, double d, string? color = null)
    {
        var (row, col) = _layout.Cell(b);
        var o = new JsonObject { ["action"] = action, ["target"] = GridId, ["cell"] = new JsonArray(row, col), ["duration"] = Fmt.Seconds(d) };
        if (color is not null) o["color"] = color;
        return o;
    }

    /// <summary>After the last operation: the cur pointer is drawn over every chain version (they were added after it).</summary>
    public void Finish()
    {
        if (_panels.HasPointer("cur")) _s.DrawOnTop("ptr_cur");
    }

    /// <summary>The longest chain: "Longest chain: …" closes the walkthrough.</summary>
    public int Longest => _chains.Max(c => c.Count);

    public string Final => string.Join("  ", _chains.Select((c, i) => $"{i}:[{string.Join(",", c)}]"));
}
