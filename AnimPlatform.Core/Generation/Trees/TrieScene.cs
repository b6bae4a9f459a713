using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Graphs;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// The trie walkthrough: a graph whose nodes sit where the final trie puts them. Each created node means a
/// new version of the graph (a graph's nodes are fixed); the cut to it is taken while both look the same
/// (the new node starts under its parent), then the node slides down to its place. The pseudocode line that
/// runs is lit beside it, the variables (word, letter, node, nodes created, result) follow each step, and a
/// "node" pointer stands on the node the walk is at.
/// </summary>
internal sealed class TrieScene(SceneBuilder s, TrieGenerator.Trace trace, LessonPanels panels)
{
    private const string InfoId = "info";
    private const string RootTag = "rootTag";
    /// <summary>The word-end ring: the legend's purple, apart from the greens of new and found nodes.</summary>
    private static readonly string EndStroke = Theme.Color("pivot");
    private const double RootY = LessonLayout.ContentTop + 70;

    private readonly Dictionary<string, (double X, double Y)> _pos = Layout(trace);
    private readonly List<string> _nodes = [""];            // prefixes drawn, in creation order
    private readonly Dictionary<string, string> _look = new() { [""] = "base" };
    private string _graph = "";
    private int _version;

    private static string Id(string prefix) => prefix.Length == 0 ? "root" : "p_" + prefix;

    /// <summary>
    /// Positions of every node of the final trie: leaves side by side, a parent centred over its children. The leaves
    /// spread over the diagram area (a node's width in from each edge); the gap under
    /// the root grows (the levels below it shrink, down to <see cref="MinLevelGap"/>) until every node has a side where
    /// the tag touches nothing and no edge grazes a node or the "root" label: a root with many children fans its edges out
    /// flat, and a steeper fan leaves room beside them.
    /// </summary>
    private static Dictionary<string, (double X, double Y)> Layout(TrieGenerator.Trace trace)
    {
        var final = new Trie();
        foreach (var step in trace.Steps.Where(x => x.Command == "insert")) final.Insert(step.Word);
        var prefixes = final.Prefixes().Select(p => p.Prefix).ToList();
        var depth = Math.Max(1, prefixes.Max(p => p.Length));
        // The lowest node stays above the info line.
        var uniform = Math.Min(MaxLevelGap, Height / depth);
        var best = Layout(prefixes, uniform, uniform);
        var blocked = Blocked(best);
        for (var first = uniform + 20; blocked > 0; first += 20)
        {
            var rest = depth == 1 ? 0 : Math.Min(MaxLevelGap, (Height - first) / (depth - 1));
            if (first > Height || (depth > 1 && rest < MinLevelGap)) break;
            var pos = Layout(prefixes, first, rest);
            var b = Blocked(pos);
            if (b < blocked) (best, blocked) = (pos, b);
        }
        return best;
    }

    /// <summary>The height the levels below the root share, and the smallest gap between two levels under the first.</summary>
    private const double Height = 465, MinLevelGap = 70;

    /// <summary>The largest gap between two levels: a shallow trie's edges, spread over the width, would be flat under 95 px.</summary>
    private const double MaxLevelGap = 140;

    private static Dictionary<string, (double X, double Y)> Layout(List<string> prefixes, double firstGap, double gap)
    {
        List<string> Children(string p) => prefixes.Where(c => c.Length == p.Length + 1 && c.StartsWith(p, StringComparison.Ordinal)).ToList();
        var leaves = prefixes.Count(p => Children(p).Count == 0);
        // Room on each side: a node and a margin (eight leaves, the most a trie here has, stay far enough apart for the
        // tag between two of them; the outermost nodes point inwards or up and down).
        var room = Radius + 34;
        var dx = (LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 2 * room) / Math.Max(1, leaves - 1);
        var x0 = LessonLayout.DiagramCenterX - (leaves - 1) * dx / 2;
        var pos = new Dictionary<string, (double, double)>();
        var next = 0;
        double Place(string p)
        {
            var kids = Children(p);
            double x;
            if (kids.Count == 0) x = x0 + next++ * dx;
            else
            {
                var xs = kids.Select(Place).ToList();
                x = (xs[0] + xs[^1]) / 2;
            }
            pos[p] = (x, p.Length == 0 ? RootY : RootY + firstGap + (p.Length - 1) * gap);
            return x;
        }
        Place("");
        return pos;
    }

    /// <summary>How far left of the root's centre its "root" label is drawn.</summary>
    private const double RootTagOffset = 74;

    /// <summary>The root's "root" label, left of it.</summary>
    private static (double L, double T, double R, double B) RootLabel((double X, double Y) root) =>
        (root.X - RootTagOffset - 30, root.Y - 14, root.X - RootTagOffset + 30, root.Y + 14);

    /// <summary>
    /// What a layout gets wrong: nodes whose pointer tag has no clear side, edges that graze another node's circle (a word's
    /// ring and a margin included) and edges through the "root" label (a root with many children fans out flat).
    /// </summary>
    private static int Blocked(Dictionary<string, (double X, double Y)> pos)
    {
        var label = RootLabel(pos[""]);
        var edges = pos.Keys.Where(p => p.Length > 0).Select(p => (Parent: p[..^1], Child: p)).ToList();
        var grazes = edges.Sum(e => pos.Count(o => o.Key != e.Parent && o.Key != e.Child && GraphLayout.DistanceToSegment(o.Value, pos[e.Parent], pos[e.Child]) < Radius + 3 + 4));
        var throughLabel = edges.Count(e => TriePointerSides.SegmentHitsBox(pos[e.Parent], pos[e.Child], label.L, label.T, label.R, label.B));
        return TriePointerSides.Blocked(pos, Radius + 1.5, Radius + 3, "node", [label]) + grazes + throughLabel;
    }

    public void Play()
    {
        NewVersion(null);
        var (rx, ry) = _pos[""];
        s.Text(RootTag, rx - RootTagOffset, ry, "bold 22px sans-serif", Theme.White, "root");
        s.Text(InfoId, LessonLayout.DiagramCenterX, 800, "bold 26px monospace", Theme.Accent, "");
        // One "node" pointer per side in use; each node's side keeps its tag off every edge and node (and the root label).
        _sides = TriePointerSides.Choose(_pos, Radius + 1.5, Radius + 3, "node", [RootLabel((rx, ry))]);
        foreach (var side in TriePointerSides.Order.Where(_sides.ContainsValue))
            panels.Pointer(PointerName(side), _graph, Id(""), ArrayLesson.Yellow, side, label: "node");
        s.Together(panels.Ids.Select(id => Act.FadeIn(id, 0.6)).Append(Act.FadeIn(_graph, 0.6)).Append(Act.FadeIn(RootTag, 0.6)).Append(Act.FadeIn(InfoId, 0.6))).Pause(0.6);
        var first = true;
        foreach (var step in trace.Steps)
        {
            var hold = first ? 1.0 : 0.55;
            first = false;
            var insert = step.Command == "insert";
            var created = 0;
            s.Heading($"{(insert ? "Insert" : "Search")} \"{step.Word}\"");
            s.Together(panels.Line("start").Concat(panels.Var("word", step.Word)).Concat(panels.Var("i, c", "–")).Concat(panels.Var("node", "root"))
                .Concat(panels.Var("created", insert ? "0" : "–")).Concat(panels.Var("found", "–")).Concat(PointAt("")).Append(LookAct("", "compare")));
            s.SetText(InfoId, $"word: {step.Word} · prefix: (root)").Pause(0.4);
            for (var i = 0; i < step.Word.Length; i++)
            {
                var parent = step.Word[..i];
                var prefix = step.Word[..(i + 1)];
                var letter = step.Word[i];
                var exists = _nodes.Contains(prefix);
                var letterVar = panels.Var("i, c", $"{i}, '{letter}'");
                if (!exists && step.Command == "search")
                {
                    s.Step($"No child '{letter}' under {Name(parent)} → \"{step.Word}\" is not in the trie")
                     .Together(panels.Line("nochild").Concat(letterVar).Concat(panels.Var("found", "no")).Append(LookAct(parent, "swap")));
                    s.Pause(hold + 0.6);
                    break;
                }
                if (exists)
                {
                    s.Step($"'{letter}': {Name(parent)} has a child '{letter}' → follow it")
                     .Together(panels.Line("follow").Concat(letterVar).Concat(panels.Var("node", prefix)).Concat(PointAt(prefix))
                         .Append(LookAct(parent, Rest(parent))).Append(LookAct(prefix, "compare")));
                }
                else
                {
                    // The pointer lets go while the new version of the graph is cut to, then lands on the new node.
                    s.Step($"'{letter}': {Name(parent)} has no child '{letter}' → create it")
                     .Together(panels.Line("create").Concat(letterVar).Concat(panels.Var("created", (++created).ToString())).Concat(PointAt(null))
                         .Append(LookAct(parent, Rest(parent))));
                    _look[prefix] = "found";
                    NewVersion(prefix);
                    var (x, y) = _pos[prefix];
                    s.Do(Act.MoveNode(_graph, Id(prefix), x, y, 0.6));
                    s.Together(panels.Var("node", prefix).Concat(PointAt(prefix)));
                }
                s.SetText(InfoId, $"word: {step.Word} · prefix: {prefix}").Pause(hold);
            }
            var last = step.Word;
            switch (step.Outcome)
            {
                case TrieOutcome.Inserted:
                    s.Step($"Mark the last node: a word \"{last}\" ends at '{last[^1]}'").Together(panels.Line("mark").Append(Act.NodeStyle(_graph, Id(last), Theme.BaseFill, EndStroke, 6, 0.4))).Pause(hold);
                    _look[last] = "end";
                    _ends.Add(last);
                    break;
                case TrieOutcome.AlreadyThere:
                    s.Step($"'{last[^1]}' already has a word mark: \"{last}\" was stored before").Together(panels.Line("mark").Append(LookAct(last, "end")));
                    s.Pause(hold);
                    break;
                case TrieOutcome.Found:
                    s.Step($"Found \"{last}\": its last node has a word mark").Together(panels.Line("check").Concat(panels.Var("found", "yes")).Append(LookAct(last, "found")));
                    s.Pause(hold + 0.4);
                    break;
                case TrieOutcome.PrefixOnly:
                    s.Step($"\"{last}\" is only a prefix: no word ends at its last node → not found").Together(panels.Line("check").Concat(panels.Var("found", "no (prefix)")).Append(LookAct(last, "swap")));
                    s.Pause(hold + 0.4);
                    break;
            }
            var touched = _nodes.Where(p => _look.GetValueOrDefault(p, "base") is not ("base" or "end")).ToList();
            s.Together(touched.Select(p => Style(_graph, p, Rest(p), 0.3)));
            foreach (var p in touched) _look[p] = Rest(p);
            s.Together(PointAt(null).Append(Act.Pause(0.2)));
        }
        var words = string.Join(" ", trace.FinalWords);
        s.Step(trace.FinalWords.Count == 0 ? "Done — the trie is empty" : $"Done — the trie holds: {words}");
        s.SetText(InfoId, $"{trace.NodeCount - 1} letter nodes for {trace.FinalWords.Sum(w => w.Length)} letters").Pause(1.5).FadeOutAll();
    }

    private const double Radius = 26;

    private Dictionary<string, string> _sides = [];

    private static string PointerName(string side) => "node_" + side;

    /// <summary>
    /// The "node" pointer on the node of <paramref name="prefix"/> in the graph on screen (null hides it): the pointer of
    /// that node's side; one on another side lets go (fades) as it appears.
    /// </summary>
    private IEnumerable<JsonObject> PointAt(string? prefix)
    {
        var side = prefix is null ? null : _sides[prefix];
        var hide = TriePointerSides.Order.Where(x => x != side && panels.HasPointer(PointerName(x))).SelectMany(x => panels.Point(PointerName(x), null)).ToList();
        // It steps from node to node (a slide would sweep the tag across the edges between them).
        return side is null ? hide : hide.Concat(panels.Point(PointerName(side), JsonValue.Create(Id(prefix!)), 0, _graph));
    }

    /// <summary>How a node looks when nothing happens to it: a word mark where a word ends.</summary>
    private string Rest(string prefix) => _ends.Contains(prefix) ? "end" : "base";

    private readonly HashSet<string> _ends = [];

    /// <summary>A node as a caption names it: by the prefix it stands for ("the node for \"ca\""), not its letter alone.</summary>
    private static string Name(string prefix) => prefix.Length == 0 ? "the root" : $"the node for \"{prefix}\"";

    /// <summary>The style action for <paramref name="prefix"/>'s new look (remembered for the next graph version).</summary>
    private JsonObject LookAct(string prefix, string look)
    {
        if (look == "end") _ends.Add(prefix);
        _look[prefix] = look;
        return Style(_graph, prefix, look, 0.3);
    }

    private static JsonObject Style(string graph, string prefix, string look, double d) => look switch
    {
        "base" => Act.NodeStyle(graph, Id(prefix), Theme.BaseFill, Theme.BaseStroke, 3, d),
        "end" => Act.NodeStyle(graph, Id(prefix), Theme.BaseFill, EndStroke, 6, d),
        _ => Act.HighlightNode(graph, Id(prefix), "$" + look, d),
    };

    /// <summary>Adds the next version of the graph (with <paramref name="created"/>, drawn first and standing on its parent) and cuts to it.</summary>
    private void NewVersion(string? created)
    {
        if (created is not null) _nodes.Add(created);
        var id = $"trie{++_version}";
        var order = created is null ? _nodes : _nodes.Where(p => p != created).Prepend(created).ToList();
        JsonObject Node(string p)
        {
            var (x, y) = p == created ? _pos[p[..^1]] : _pos[p];
            return new JsonObject { ["id"] = Id(p), ["label"] = p.Length == 0 ? " " : p[^1].ToString(), ["x"] = Math.Round(x, 1), ["y"] = Math.Round(y, 1) };
        }
        s.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "graph",
            ["nodes"] = new JsonArray(order.Select(p => (JsonNode?)Node(p)).ToArray()),
            ["edges"] = new JsonArray(_nodes.Where(p => p.Length > 0).Select(p => (JsonNode?)new JsonObject { ["from"] = Id(p[..^1]), ["to"] = Id(p) }).ToArray()),
            ["style"] = new JsonObject
            {
                ["nodeRadius"] = Radius, ["labelFont"] = "22px", ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke,
                ["edgeColor"] = Theme.Color("edgeBase"),
            },
        });
        // The new version takes the old one's colours before it is shown.
        s.Together(_nodes.Where(p => _look.GetValueOrDefault(p, "base") != "base").Select(p => Style(id, p, _look[p], 0)));
        if (_graph.Length > 0) s.Together(Act.FadeOut(_graph, 0), Act.FadeIn(id, 0));
        _graph = id;
    }
}
