using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Issue 13 for the AVL, heap and trie lessons: a code panel whose lit line follows the trace (insert, balance check and
/// rotation case; sift-up and sift-down in min and max mode; follow, create, missing child, mark and check), variables
/// that show the traced values at each step caption, and every node, over the whole timeline, inside the diagram area.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TreeLessonPanelTests
{
    private static readonly GeneratorCatalog Catalog = new();

    private static JsonObject Walk(JsonObject show) => GenerationTestKit.Scene(show, "walkthrough");

    private static List<int> Lit(JsonObject show) =>
        GenerationTestKit.Actions(Walk(show)).Where(a => (string?)a["action"] == "highlight-line").Select(a => (int)a["line"]!).ToList();

    private static List<int> Dedupe(IEnumerable<int> lines)
    {
        var list = new List<int>();
        foreach (var l in lines) if (list.Count == 0 || list[^1] != l) list.Add(l);
        return list;
    }

    private static List<JsonObject> Block(JsonObject entry) => entry["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!).ToList() : [entry];

    /// <summary>Each step caption with the line lit and the variables shown once the caption's own block has played.</summary>
    private static List<(string Caption, int Line, Dictionary<string, string> Vars)> Steps(JsonObject show)
    {
        var scene = Walk(show);
        var vars = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Single(o => (string?)o["id"] == LessonPanels.VarsId)["vars"]!
            .AsArray().ToDictionary(r => (string)r!["name"]!, r => (string)r!["value"]!);
        var result = new List<(string, int, Dictionary<string, string>)>();
        var line = 0;
        string? pending = null;
        var entries = GenerationTestKit.Timeline(scene).Select(Block).ToList();
        for (var k = 0; k < entries.Count; k++)
        {
            string? caption = null;
            foreach (var a in entries[k])
            {
                if (IsCaption(a)) caption = (string)a["value"]!;
                if ((string?)a["action"] == "highlight-line") line = (int)a["line"]!;
                if ((string?)a["action"] == "set-var") vars[(string)a["name"]!] = (string)a["value"]!;
            }
            // A caption's picture is its own entry and the block right after it (Step(caption).Together(...)).
            if (caption is not null) pending = caption;
            var closes = caption is null || k + 1 >= entries.Count || entries[k + 1].Any(IsCaption);
            if (pending is not null && closes)
            {
                result.Add((pending, line, new Dictionary<string, string>(vars)));
                pending = null;
            }
        }
        return result;
    }

    private static bool IsCaption(JsonObject a) => (string?)a["action"] == "set-text" && (string?)a["target"] == StandardScenes.StepId;

    [Theory]
    [InlineData("avl insert 10 20 30 40 50 25")]
    [InlineData("avl tree 30 20 10 25 28 27 5 1")]
    [InlineData("avl insert 50 20 80 10 30 25 20 90 95")]
    public void Avl_lights_the_lines_the_trace_runs_and_shows_heights_balances_and_rotations(string input)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        var values = AvlGenerator.ReadValues(match.Input, 1, []);
        var trace = AvlGenerator.Run(values);
        var code = PseudocodeTables.AvlInsert;
        var expected = new List<string>();
        foreach (var step in trace.Steps)
        {
            expected.Add("walk");
            expected.AddRange(step.Path.Select(p => p == step.Value ? "dup" : "walk"));
            if (step.Duplicate) continue;
            expected.Add("leaf");
            expected.AddRange(step.HeightsUp.Select(h => Math.Abs(h.Balance) >= 2 ? "balance" : "ok"));
            if (step.Fix is { } fix) expected.Add(fix.Case);
        }
        var show = match.Generator.Generate(match.Input, 1).Show;
        Assert.Equal(Dedupe(expected.Select(code.LineOf)), Lit(show));

        var steps = Steps(show);
        var checks = trace.Steps.SelectMany(s => s.HeightsUp).ToList();
        var backUp = steps.Where(s => s.Caption.StartsWith("Back up: ") || s.Caption.StartsWith("Node ")).ToList();
        Assert.Equal(checks.Count, backUp.Count);
        foreach (var ((value, height, balance), shown) in checks.Zip(backUp))
        {
            Assert.Equal(value.ToString(), shown.Vars["node"]);
            Assert.Equal(height.ToString(), shown.Vars["height h"]);
            Assert.Equal(balance.ToString("+0;-0;0"), shown.Vars["balance b"]);
            Assert.Equal(code.LineOf(Math.Abs(balance) >= 2 ? "balance" : "ok"), shown.Line);
        }
        var rotations = 0;
        var rotateCaptions = steps.Where(s => s.Caption.StartsWith("Rotate ")).ToList();
        var fixes = trace.Steps.Where(s => s.Fix is not null).SelectMany(s => s.Fix!.Rotations.Select(_ => s.Fix.Case)).ToList();
        Assert.Equal(fixes.Count, rotateCaptions.Count);
        foreach (var (kind, shown) in fixes.Zip(rotateCaptions))
        {
            Assert.Equal((++rotations).ToString(), shown.Vars["rotations"]);
            Assert.Equal(code.LineOf(kind), shown.Line);
        }
        foreach (var shown in steps.Where(s => s.Caption.EndsWith("→ go left") || s.Caption.EndsWith("→ go right")))
        {
            Assert.Equal(code.LineOf("walk"), shown.Line);
            Assert.Equal(shown.Caption.Split(' ')[2], shown.Vars["node"]);
        }
    }

    [Theory]
    [InlineData("min heap insert 5 3 8 1 9 2 7 6 4 extract extract", false)]
    [InlineData("max heap insert 5 3 8 1 9 2 extract extract", true)]
    [InlineData("heap insert 4 extract extract insert 7 7 7 extract", false)]
    public void Heap_lights_sift_up_and_sift_down_lines_and_shows_i_the_compared_index_swaps_and_n(string input, bool max)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        var text = match.Input;
        Assert.Equal(max, BinaryHeapGenerator.ReadOrder(ref text));
        var ops = BinaryHeapGenerator.ReadOperations(text, 1, []);
        var trace = BinaryHeapGenerator.Run(ops, max);
        var code = PseudocodeTables.Heap(max);
        var show = match.Generator.Generate(match.Input, 1).Show;
        var panel = ((JsonArray)Walk(show)["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Single(o => (string?)o["id"] == LessonPanels.CodeId);
        Assert.Equal(code.Lines, panel["code"]!.AsArray().Select(l => (string)l!).ToList());
        Assert.Contains(max ? "a[i] > a[parent(i)]" : "a[i] < a[parent(i)]", code.Lines[code.LineOf("up") - 1]);

        var events = trace.Events;
        var expected = new List<string>();
        var up = true;
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            var next = k + 1 < events.Count ? events[k + 1] : null;
            switch (e.Kind)
            {
                case HeapEventKind.Add: up = true; expected.Add("add"); break;
                case HeapEventKind.TakeRoot:
                    up = false;
                    expected.Add("take");
                    if (next?.Kind != HeapEventKind.MoveLastToRoot) expected.AddRange(["last", "ret"]);
                    break;
                case HeapEventKind.MoveLastToRoot: expected.Add("last"); break;
                case HeapEventKind.Compare: expected.Add(up ? "up" : next?.Kind == HeapEventKind.Swap ? "down" : "stop"); break;
                case HeapEventKind.Swap: expected.Add(up ? "upswap" : "down"); break;
                case HeapEventKind.Settled: expected.Add(up ? "up" : "child"); break;
            }
            var endsExtract = !up && e.Kind != HeapEventKind.TakeRoot && next?.Kind is null or HeapEventKind.Add or HeapEventKind.TakeRoot;
            if (endsExtract) expected.Add("ret");
        }
        Assert.Equal(Dedupe(expected.Select(code.LineOf)), Lit(show));

        var steps = Steps(show);
        // Each comparison caption shows i and the index it is compared with; each add shows its slot and the new size.
        var compares = events.Where(e => e.Kind == HeapEventKind.Compare).ToList();
        var shownCompares = steps.Where(s => compares.Any(c => c.Caption == s.Caption)).ToList();
        var phase = new Dictionary<HeapEvent, bool>();
        var inInsert = true;
        foreach (var e in events)
        {
            if (e.Kind == HeapEventKind.Add) inInsert = true;
            if (e.Kind == HeapEventKind.TakeRoot) inInsert = false;
            if (e.Kind == HeapEventKind.Compare) phase[e] = inInsert;
        }
        var k2 = 0;
        foreach (var c in compares)
        {
            var shown = steps.Skip(k2).First(s => s.Caption == c.Caption);
            k2 = steps.IndexOf(shown) + 1;
            if (phase[c])
            {
                Assert.Equal(c.I.ToString(), shown.Vars["i"]);
                Assert.Equal($"parent {c.J}", shown.Vars["parent / child"]);
            }
            else
            {
                Assert.Equal(c.J.ToString(), shown.Vars["i"]);
                Assert.Equal($"child {c.I}", shown.Vars["parent / child"]);
            }
        }
        Assert.NotEmpty(shownCompares);
        var adds = steps.Where(s => s.Caption.StartsWith("Add ")).ToList();
        Assert.Equal(ops.Count(o => o.Command == "insert"), adds.Count);
        foreach (var shown in adds)
        {
            var slot = int.Parse(shown.Caption.Split("index ")[1].TrimEnd(')'));
            Assert.Equal(slot.ToString(), shown.Vars["i"]);
            Assert.Equal((slot + 1).ToString(), shown.Vars["n"]);
            Assert.Equal("0", shown.Vars["swaps"]);
        }
        // The swap count of an operation is shown at its next caption after the swap.
        var swapTotals = GenerationTestKit.Actions(Walk(show)).Where(a => (string?)a["action"] == "set-var" && (string?)a["name"] == "swaps")
            .Count(a => (string)a["value"]! != "0");
        Assert.Equal(events.Count(e => e.Kind == HeapEventKind.Swap), swapTotals);
    }

    [Theory]
    [InlineData("trie insert cat car cart care dog do dot search car search ca search cow")]
    [InlineData("trie insert abcdefg abcdefa search abcdefg search abc search abd")]
    [InlineData("prefix tree tea ten to search te search tea insert tea")]
    public void Trie_lights_follow_create_missing_mark_and_check_and_shows_word_letter_and_created(string input)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        var ops = TrieGenerator.ReadOperations(match.Input, 1, []);
        var trace = TrieGenerator.Run(ops);
        var code = PseudocodeTables.Trie;
        var expected = new List<string>();
        foreach (var step in trace.Steps)
        {
            expected.Add("start");
            var prefixes = step.Command == "insert" ? Enumerable.Range(1, step.Word.Length).Select(i => step.Word[..i]).ToList() : step.Visited.Skip(1).ToList();
            expected.AddRange(prefixes.Select(p => step.Created.Contains(p) ? "create" : "follow"));
            expected.Add(step.Outcome switch
            {
                TrieOutcome.Inserted or TrieOutcome.AlreadyThere => "mark",
                TrieOutcome.Missing => "nochild",
                _ => "check",
            });
        }
        var show = match.Generator.Generate(match.Input, 1).Show;
        Assert.Equal(Dedupe(expected.Select(code.LineOf)), Lit(show));

        var steps = Steps(show);
        var letterSteps = steps.Where(s => s.Caption.EndsWith("→ follow it") || s.Caption.EndsWith("→ create it")).ToList();
        var k = 0;
        foreach (var step in trace.Steps)
        {
            var prefixes = step.Command == "insert" ? Enumerable.Range(1, step.Word.Length).Select(i => step.Word[..i]).ToList() : step.Visited.Skip(1).ToList();
            var created = 0;
            foreach (var p in prefixes)
            {
                var shown = letterSteps[k++];
                Assert.Equal(step.Word, shown.Vars["word"]);
                Assert.Equal($"{p.Length - 1}, '{p[^1]}'", shown.Vars["i, c"]);
                Assert.Equal(code.LineOf(step.Created.Contains(p) ? "create" : "follow"), shown.Line);
                if (step.Created.Contains(p)) Assert.Equal((++created).ToString(), shown.Vars["created"]);
                else Assert.Equal(p, shown.Vars["node"]);
            }
        }
        Assert.Equal(letterSteps.Count, k);
        foreach (var shown in steps.Where(s => s.Caption.StartsWith("Found \"")))
            Assert.Equal("yes", shown.Vars["found"]);
        foreach (var shown in steps.Where(s => s.Caption.Contains("is not in the trie") || s.Caption.Contains("is only a prefix")))
            Assert.StartsWith("no", shown.Vars["found"]);
    }

    private static double N(JsonNode n) => double.Parse(n.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Every node circle the walkthrough ever draws or sends somewhere: tree objects at their layout, graph nodes where
    /// they are declared and every move-node target (a move slides in a straight line, so its ends bound it), and the
    /// array grid's cells. Each as (what, left, top, right, bottom).
    /// </summary>
    internal static IEnumerable<(string What, double L, double T, double R, double B)> Boxes(JsonObject show)
    {
        var scene = Walk(show);
        var objects = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).ToDictionary(o => (string)o["id"]!);
        double Radius(JsonObject o, double fallback) => o["style"]?["nodeRadius"] is { } r ? N(r) : fallback;
        foreach (var o in objects.Values)
        {
            switch ((string?)o["type"])
            {
                case "tree":
                {
                    var st = o["style"]!;
                    var r = Radius(o, TreeObjects.Radius);
                    var fit = new TreeFit(st["siblingSpacing"] is { } sp ? N(sp) : TreeObjects.SiblingSpacing, r, 24, 0);
                    var specs = o["nodes"]!.AsArray().Select(n => new TreeNodeSpec((string)n!["id"]!, (string)n["label"]!, (string?)n["parent"], (string?)n["side"])).ToList();
                    var (x, y) = (N(o["position"]!["x"]!), N(o["position"]!["y"]!));
                    foreach (var (id, p) in TreeObjects.Layout(specs, N(st["levelSpacing"]!), fit))
                        yield return ($"{o["id"]}/{id}", x + p.X - r, y + p.Y - r, x + p.X + r, y + p.Y + r);
                    break;
                }
                case "graph":
                {
                    var r = Radius(o, 30);
                    foreach (var n in o["nodes"]!.AsArray())
                        yield return ($"{o["id"]}/{n!["id"]}", N(n["x"]!) - r, N(n["y"]!) - r, N(n["x"]!) + r, N(n["y"]!) + r);
                    break;
                }
                case "grid":
                {
                    var half = N(o["style"]!["cellWidth"]!) * N(o["cols"]!) / 2;
                    var h = N(o["style"]!["cellHeight"]!) / 2;
                    var (x, y) = (N(o["position"]!["x"]!), N(o["position"]!["y"]!));
                    yield return ((string)o["id"]!, x - half, y - h, x + half, y + h);
                    break;
                }
            }
        }
        foreach (var a in GenerationTestKit.Actions(scene).Where(a => (string?)a["action"] == "move-node"))
        {
            var host = objects[(string)a["target"]!];
            var r = Radius(host, 30);
            var (x, y) = (N(a["position"]!["x"]!), N(a["position"]!["y"]!));
            yield return ($"move {a["target"]}/{a["node"]}", x - r, y - r, x + r, y + r);
        }
    }

    [Theory]
    [InlineData("avl insert 10 20 30 40 50 25")]
    [InlineData("avl tree 30 20 10 25 28 27 5 1")]
    [InlineData("avl insert 50 40 60 30 45 55 70 20 35 10")]
    [InlineData("avl insert 1 2 3 4 5 6 7 8 9 10")]
    [InlineData("min heap insert 12 11 10 9 8 7 6 5 4 3 2 1 extract extract extract")]
    [InlineData("max heap insert 5 3 8 1 9 2 extract extract")]
    [InlineData("trie insert cat car cart care dog dot search car search ca search cow")]
    [InlineData("trie insert abcdefg abcdefa search abcdefg search abc")]
    [InlineData("trie insert ab cd ef gh ij kl mn op")]
    public void Every_node_over_the_whole_timeline_stays_inside_the_diagram_area(string input)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        var show = match.Generator.Generate(match.Input, 1).Show;
        var boxes = Boxes(show).ToList();
        Assert.NotEmpty(boxes);
        foreach (var (what, l, t, r, b) in boxes)
        {
            Assert.True(l >= LessonLayout.DiagramLeft && r <= LessonLayout.DiagramRight, $"{input}: {what} spans x {l:0}..{r:0}, outside the diagram area");
            Assert.True(t >= LessonLayout.ContentTop && b <= LessonLayout.ContentBottom, $"{input}: {what} spans y {t:0}..{b:0}, outside the diagram area");
        }
    }

    [Theory]
    [InlineData("avl")]
    [InlineData("binary-heap")]
    [InlineData("trie")]
    public void Random_inputs_keep_every_node_in_the_diagram_area_and_light_code(string id)
    {
        var generator = Catalog.Find(id)!;
        foreach (var seed in new[] { 1, 2, 3, 7, 11, 42 })
        {
            var show = generator.Generate("", seed).Show;
            Assert.True(Dedupe(Lit(show)).Count >= 4, $"seed {seed}: the code panel barely changes");
            foreach (var (what, l, t, r, b) in Boxes(show))
                Assert.True(l >= LessonLayout.DiagramLeft && r <= LessonLayout.DiagramRight && t >= LessonLayout.ContentTop && b <= LessonLayout.ContentBottom,
                    $"seed {seed}: {what} at ({l:0}, {t:0})..({r:0}, {b:0}) leaves the diagram area");
        }
    }
}
