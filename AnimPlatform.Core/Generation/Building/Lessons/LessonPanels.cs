using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building.Lessons;

/// <summary>
/// The teaching parts beside a lesson's diagram, on one scene: the pseudocode panel (the line that runs is
/// highlighted), the variables panel (live counters), the legend row and pointers. It remembers what is
/// shown, so asking for the same line or value again adds nothing to the timeline.
/// </summary>
public sealed class LessonPanels
{
    public const string CodeId = "code";
    public const string VarsId = "vars";

    private readonly SceneBuilder _scene;
    private readonly Pseudocode _code;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PointerState> _pointers = new(StringComparer.Ordinal);
    private int _line;

    private sealed class PointerState(string id, string host)
    {
        public string Id { get; } = id;
        public string Declared { get; } = host;
        public string Host { get; set; } = host;
        public string? At { get; set; }
        public bool Visible { get; set; }
    }

    /// <param name="vars">The variables panel's rows with their first values, in order (none: no panel).</param>
    public LessonPanels(SceneBuilder scene, Pseudocode code, IReadOnlyList<(string Name, string Value)> vars, double? codeTop = null)
    {
        _scene = scene;
        _code = code;
        var font = LessonLayout.CodeFontFor(code, vars.Count);
        var codeHeight = LessonLayout.CodeHeight(code.Lines.Count, font);
        var top = codeTop ?? LessonLayout.ContentTop + 10;
        scene.Add(new JsonObject
        {
            ["id"] = CodeId,
            ["type"] = "code",
            ["language"] = "pseudocode",
            ["code"] = new JsonArray(code.Lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["position"] = SceneBuilder.Pos(LessonLayout.PanelCenterX, top + codeHeight / 2),
            ["style"] = new JsonObject
            {
                ["fontSize"] = font, ["width"] = LessonLayout.PanelRight - LessonLayout.PanelLeft,
                // Line numbers and the lines not running stay readable (contrast ≥ 4.5:1 on the panel).
                ["lineNumberColor"] = "#c4c4e0", ["dimOpacity"] = 0.8,
                ["keywordColor"] = "#e0c2ff", ["numberColor"] = "#ffc2a8", ["commentColor"] = "#c0c0d8",
            },
        });
        Ids.Add(CodeId);
        if (vars.Count == 0) return;
        var varsHeight = LessonLayout.VarsHeight(vars.Count);
        var varsTop = top + codeHeight + 30;
        var rows = new JsonArray();
        foreach (var (name, value) in vars)
        {
            rows.Add(new JsonObject { ["name"] = name, ["value"] = value });
            _values[name] = value;
        }
        scene.Add(new JsonObject
        {
            ["id"] = VarsId,
            ["type"] = "variables",
            ["vars"] = rows,
            ["position"] = SceneBuilder.Pos(LessonLayout.PanelCenterX, varsTop + varsHeight / 2),
            ["style"] = new JsonObject { ["fontSize"] = LessonLayout.VarFontSize, ["width"] = LessonLayout.PanelRight - LessonLayout.PanelLeft },
        });
        Ids.Add(VarsId);
    }

    /// <summary>Object ids to fade in with the diagram (panels, legend, pointers are faded when first placed).</summary>
    public List<string> Ids { get; } = [];

    public Pseudocode Code => _code;

    /// <summary>A legend row: a "●" entry per colour, in a readable tint of it, spread over the diagram's width.</summary>
    public void Legend(IReadOnlyList<(string Label, string PaletteName)> items, double y = LessonLayout.LegendY,
        double left = LessonLayout.DiagramLeft, double right = LessonLayout.DiagramRight)
    {
        if (items.Count == 0) return;
        // Widths at bold 22 px sans (about 0.6 em a character) decide the spacing, so long labels never touch.
        var widths = items.Select(i => (i.Label.Length + 2) * 22 * 0.6).ToList();
        var gap = Math.Max(24, (right - left - widths.Sum()) / (items.Count + 1));
        var x = left + Math.Max(0, (right - left - widths.Sum() - gap * (items.Count - 1)) / 2);
        for (var i = 0; i < items.Count; i++)
        {
            var id = $"legend{i}";
            _scene.Text(id, x + widths[i] / 2, y, "bold 22px sans-serif", ReadableColors.For(items[i].PaletteName), "● " + items[i].Label);
            Ids.Add(id);
            x += widths[i] + gap;
        }
    }

    /// <summary>Declares a pointer on <paramref name="host"/> (hidden until <see cref="Point"/> places it).</summary>
    /// <remarks><paramref name="label"/>: the tag's text when it is not the name (several pointers showing one name, one per side).</remarks>
    public void Pointer(string name, string host, JsonNode firstPlace, string color, string side = "below", string? label = null)
    {
        var id = "ptr_" + name;
        _scene.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "pointer",
            ["on"] = host,
            ["at"] = firstPlace.DeepClone(),
            ["label"] = label ?? name,
            ["side"] = side,
            ["style"] = new JsonObject { ["color"] = color, ["fontSize"] = 20 },
        });
        _pointers[name] = new PointerState(id, host) { At = firstPlace.ToJsonString() };
    }

    public bool HasPointer(string name) => _pointers.ContainsKey(name);

    /// <summary>The actions that put pointer <paramref name="name"/> at <paramref name="place"/> (null hides it).</summary>
    public IEnumerable<JsonObject> Point(string name, JsonNode? place, double d = 0.35, string? host = null)
    {
        var p = _pointers[name];
        if (place is null)
        {
            if (p.Visible) yield return Act.FadeOut(p.Id, 0.2);
            p.Visible = false;
            yield break;
        }
        var key = place.ToJsonString();
        var onOther = host is not null && host != p.Host;
        if (key != p.At || onOther)
        {
            var o = new JsonObject { ["action"] = "move-pointer", ["target"] = p.Id, ["to"] = place.DeepClone(), ["duration"] = Fmt.Seconds(p.Visible ? d : 0) };
            if (onOther) p.Host = host!;
            // Off its declared host, every move names the host it points into (the validator reads each move on its own).
            if (p.Host != p.Declared) o["on"] = p.Host;
            yield return o;
            p.At = key;
        }
        if (!p.Visible) yield return Act.FadeIn(p.Id, 0.25);
        p.Visible = true;
    }

    /// <summary>Highlight-line for the pseudocode line <paramref name="key"/>, or nothing when it is already lit.</summary>
    public IEnumerable<JsonObject> Line(string? key, double d = 0.2)
    {
        if (key is null) yield break;
        var line = _code.LineOf(key);
        if (line == _line) yield break;
        _line = line;
        yield return new JsonObject { ["action"] = "highlight-line", ["target"] = CodeId, ["line"] = line, ["duration"] = Fmt.Seconds(d) };
    }

    /// <summary>Highlight-line for 1-based line <paramref name="line"/> (beats carry numbers), or nothing when it is lit or out of range.</summary>
    public IEnumerable<JsonObject> LineAt(int line, double d = 0.2)
    {
        if (line < 1 || line > _code.Lines.Count || line == _line) yield break;
        _line = line;
        yield return new JsonObject { ["action"] = "highlight-line", ["target"] = CodeId, ["line"] = line, ["duration"] = Fmt.Seconds(d) };
    }

    /// <summary>Clear-highlight: no line lit once the algorithm has ended (nothing when none is lit).</summary>
    public IEnumerable<JsonObject> NoLine(double d = 0.3)
    {
        if (_line == 0) yield break;
        _line = 0;
        yield return new JsonObject { ["action"] = "clear-highlight", ["target"] = CodeId, ["duration"] = Fmt.Seconds(d) };
    }

    /// <summary>Set-var for a changed value (nothing when it already shows that value, or there is no such row).</summary>
    public IEnumerable<JsonObject> Var(string name, string value, double d = 0.3)
    {
        if (!_values.TryGetValue(name, out var old) || old == value) yield break;
        _values[name] = value;
        yield return new JsonObject { ["action"] = "set-var", ["target"] = VarsId, ["name"] = name, ["value"] = value, ["duration"] = Fmt.Seconds(d) };
    }

    public bool HasVar(string name) => _values.ContainsKey(name);

    /// <summary>Fade-outs of the visible pointers (when the diagram they point into leaves).</summary>
    public IEnumerable<JsonObject> HidePointers() => _pointers.Keys.ToList().SelectMany(n => Point(n, null));
}
