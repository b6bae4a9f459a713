using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Structures;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Issue 13 for the hash table: the walkthrough is a lesson like the BST one. The code panel lights the lines a
/// reference run of chaining goes through, the variables panel shows the traced key, h = key mod m, cur,
/// comparisons, n and the load factor; nothing of the walkthrough enters the subtitle band or (besides the
/// panels) the panel column at any moment; every chain follows its bucket in a line of nodes whose arrows lead to the next node.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed partial class HashTableLessonTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Inputs() =>
    [
        "12 7 22 5 17 search 22 search 9 delete 12 size 5",
        "10 20 30 41 buckets 5 search 7 delete 20 insert 20 insert 20 delete 30 delete 41 search 10",
        "-3 4 11 18 25 size 7 search 25 delete 4 delete 99 search 4",
        "1 2 3 4 5 6 7 8 9 10 size 10 delete 10 search 3",
        "10 20 30 40 50 60 70 80 90 100 size 10 search 100 delete 50 search 7",
        "5 delete 5 search 5 delete 5 insert 12 19 search 19 delete 12 size 7",
        "100 -205 310 -415 520 625 730 size 2 search 730 delete 310",
        "",
    ];

    private static (HashTableGenerator.Trace Trace, JsonObject Scene) Make(string input)
    {
        var generated = Catalog.Find("hash-table")!.Generate(input, 3);
        return ((HashTableGenerator.Trace)generated.Trace, GenerationTestKit.Scene(generated.Show, "walkthrough"));
    }

    /// <summary>The caption of an operation's first step, "h(22) = 22 mod 5 = 2" (not the opening line about h(k)).</summary>
    private static bool IsHash(string caption) => HashCaption().IsMatch(caption);

    [System.Text.RegularExpressions.GeneratedRegex(@"^h\(-?\d+\) = -?\d+ mod \d+ = \d+$")]
    private static partial System.Text.RegularExpressions.Regex HashCaption();

    private static List<JsonObject> Flat(JsonObject scene) =>
        GenerationTestKit.Timeline(scene).SelectMany(e => e["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!) : [e]).ToList();

    /// <summary>Each step caption with the code line lit and the variables shown once its picture has played (before the next caption).</summary>
    private static List<(string Caption, int Line, Dictionary<string, string> Vars)> Steps(JsonObject scene)
    {
        var vars = ((JsonArray)((JsonArray)scene["manifest"]!["objects"]!).Single(o => (string?)o!["type"] == "variables")!["vars"]!)
            .ToDictionary(v => (string)v!["name"]!, v => (string)v!["value"]!);
        var result = new List<(string, int, Dictionary<string, string>)>();
        string? caption = null;
        var line = 0;
        foreach (var a in Flat(scene))
        {
            if ((string?)a["action"] == "set-text" && (string?)a["target"] == "step")
            {
                if (caption is not null) result.Add((caption, line, new(vars)));
                caption = (string)a["value"]!;
            }
            if ((string?)a["action"] == "highlight-line") line = (int)a["line"]!;
            if ((string?)a["action"] == "set-var") vars[(string)a["name"]!] = (string)a["value"]!;
        }
        if (caption is not null) result.Add((caption, line, new(vars)));
        return result;
    }

    /// <summary>The pseudocode keys a chaining hash table runs for the trace's operations, from a reference table.</summary>
    private static List<string> ReferenceLines(HashTableGenerator.Trace trace)
    {
        var m = trace.BucketCount;
        var table = Enumerable.Range(0, m).Select(_ => new List<int>()).ToList();
        var keys = new List<string>();
        foreach (var step in trace.Steps)
        {
            var k = step.Operation.Value!.Value;
            var chain = table[((k % m) + m) % m];
            keys.Add("hash");
            keys.Add("head");
            var found = false;
            foreach (var c in chain)
            {
                if (c == k)
                {
                    keys.Add("equal");
                    found = true;
                    break;
                }
                keys.Add("next");
            }
            keys.Add((step.Operation.Command, found) switch
            {
                ("insert", false) => "append",
                ("insert", true) => "dup",
                ("search", true) => "found",
                ("delete", true) => "unlink",
                _ => "missing",
            });
            if (step.Operation.Command == "insert" && !found) chain.Add(k);
            if (step.Operation.Command == "delete") chain.Remove(k);
        }
        return keys;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_code_panel_lights_the_lines_the_reference_runs(string input)
    {
        var (trace, scene) = Make(input);
        var code = PseudocodeTables.HashTable;
        var expected = new List<int>();
        foreach (var line in ReferenceLines(trace).Select(code.LineOf))
            if (expected.Count == 0 || expected[^1] != line) expected.Add(line);
        var lit = Flat(scene).Where(a => (string?)a["action"] == "highlight-line").Select(a => (int)a["line"]!).ToList();
        Assert.Equal(expected, lit);
        foreach (var (caption, line, _) in Steps(scene))
        {
            if (caption.Contains("→ cur ← cur.next")) Assert.Equal(code.LineOf("next"), line);
            if (caption.EndsWith("→ stop")) Assert.Equal(code.LineOf("equal"), line);
            if (IsHash(caption)) Assert.Equal(code.LineOf("hash"), line);
            if (caption.StartsWith("Found ") && caption.Contains(" after ")) Assert.Equal(code.LineOf("found"), line);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_variables_show_the_traced_values(string input)
    {
        var (trace, scene) = Make(input);
        var m = trace.BucketCount;
        string Load(int n) => string.Create(CultureInfo.InvariantCulture, $"{n}/{m} = {(double)n / m:0.00}");
        var steps = Steps(scene);
        var hashes = steps.Where(s => IsHash(s.Caption)).ToList();
        Assert.Equal(trace.Steps.Count, hashes.Count);
        var before = 0;
        for (var i = 0; i < trace.Steps.Count; i++)
        {
            var step = trace.Steps[i];
            var k = step.Operation.Value!.Value;
            var vars = hashes[i].Vars;
            Assert.Equal(k.ToString(), vars["key"]);
            Assert.Equal((((k % m) + m) % m).ToString(), vars["h"]);
            Assert.Equal(step.Bucket.ToString(), vars["h"]);
            Assert.Equal($"h({k}) = {k} mod {m} = {step.Bucket}", hashes[i].Caption);
            Assert.Equal("0", vars["comparisons"]);
            // n and the load factor are those after the operations before this one.
            Assert.Equal(before.ToString(), vars["n"]);
            Assert.Equal(Load(before), vars["load"]);
            before = step.Buckets.Sum(c => c.Count);
        }
        var last = steps.Single(s => s.Caption.StartsWith("Longest chain"));
        Assert.Equal(before.ToString(), last.Vars["n"]);
        Assert.Contains(Load(before), last.Caption);

        // Walking: cur is the node the caption names, comparisons count the nodes compared so far in this operation.
        var op = -1;
        var compared = 0;
        foreach (var (caption, _, vars) in steps)
        {
            if (IsHash(caption)) (op, compared) = (op + 1, 0);
            if (op < 0) continue;
            var chainBefore = op == 0 ? [] : trace.Steps[op - 1].Buckets[trace.Steps[op].Bucket];
            if (caption.StartsWith("cur ← head of bucket")) Assert.Equal(chainBefore[0].ToString(), vars["cur"]);
            if (caption.StartsWith("Bucket") && caption.EndsWith("cur = null")) Assert.Empty(chainBefore);
            if (caption.StartsWith("cur.key "))
            {
                var node = chainBefore[compared++];
                Assert.StartsWith($"cur.key {node} ", caption);
                Assert.Equal(compared.ToString(), vars["comparisons"]);
                if (caption.EndsWith("→ stop")) Assert.Equal(node.ToString(), vars["cur"]);
                else Assert.Equal(compared < chainBefore.Count ? chainBefore[compared].ToString() : "null", vars["cur"]);
            }
        }
    }

    private static readonly HashSet<string> PanelIds = [LessonPanels.CodeId, LessonPanels.VarsId, "title", "step"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Nothing_enters_the_subtitle_band_or_the_panel_column_at_any_moment(string input)
    {
        var walk = new CompiledWalkthrough(Catalog.Find("hash-table")!.Generate(input, 3).Show);
        var seen = 0;
        // After every entry and in the middle of every one (nodes and pointers on their way).
        foreach (var t in walk.EndsAndMiddles)
        {
            foreach (var s in walk.Shapes(t))
            {
                seen++;
                Assert.True(s.Bounds.Bottom <= LessonLayout.SubtitleTop,
                    $"{input} at {t:0.00} s: {s.ObjectId} ({s.Kind} \"{s.Text}\") reaches y {s.Bounds.Bottom:0}, into the subtitle band (from {LessonLayout.SubtitleTop})");
                if (PanelIds.Contains(s.ObjectId)) continue;
                Assert.True(s.Bounds.Right <= LessonLayout.PanelLeft && s.Bounds.Left >= 0,
                    $"{input} at {t:0.00} s: {s.ObjectId} ({s.Kind} \"{s.Text}\") spans x {s.Bounds.Left:0}–{s.Bounds.Right:0}, into the panel column (from {LessonLayout.PanelLeft})");
            }
        }
        Assert.True(seen > 100, $"only {seen} shapes looked at");
    }

    /// <summary>A ten-key chain of three-digit keys in ten buckets still lints clean at the lessons' 18 px text rule.</summary>
    [Theory]
    [InlineData("10 20 30 40 50 60 70 80 90 100 size 10 search 100 delete 50 search 7")]
    [InlineData("100 -205 310 -415 520 625 730 size 2 search 730")]
    [InlineData("15 11 27 8 12 22 size 7 search 22 delete 15")]
    public void Crowded_tables_lint_clean_at_lesson_text_size(string input)
    {
        var show = Catalog.Find("hash-table")!.Generate(input, 3).Show;
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        Assert.True(doc.IsValid);
        var warnings = LayoutLint.Run(doc, options: LintOptions.Lesson);
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Take(5)));
    }

    private static double N(JsonNode n) => double.Parse(n.ToJsonString(), CultureInfo.InvariantCulture);

    /// <summary>The bucket grid: whether it runs across, its cell size, and the centre of bucket b's cell.</summary>
    private sealed record Buckets(bool Across, double CellWidth, double CellHeight, double Left, double Top, int M)
    {
        public double Right => Left + CellWidth * (Across ? M : 1);
        public double Bottom => Top + CellHeight * (Across ? 1 : M);
        public (double X, double Y) Centre(int b) => Across ? (Left + CellWidth * (b + 0.5), Top + CellHeight / 2) : (Left + CellWidth / 2, Top + CellHeight * (b + 0.5));
    }

    private static Buckets Grid(JsonObject grid, int m)
    {
        var (rows, cols) = ((int)grid["rows"]!, (int)grid["cols"]!);
        Assert.True((rows, cols) == (m, 1) || (rows, cols) == (1, m), $"the buckets are a {rows}×{cols} grid, not one row or one column of {m}");
        var (w, h) = (N(grid["style"]!["cellWidth"]!), N(grid["style"]!["cellHeight"]!));
        return new(rows == 1, w, h, N(grid["position"]!["x"]!) - w * cols / 2, N(grid["position"]!["y"]!) - h * rows / 2, m);
    }

    /// <summary>
    /// In either layout (buckets a column with chains to the right, or a row with chains hanging down) every chain's
    /// nodes lie on the line out of their bucket's cell, in order away from it, not touching, and its arrows lead
    /// from each node to the next one.
    /// </summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_chain_follows_its_bucket_in_a_line_whose_arrows_lead_to_the_next_node(string input)
    {
        var (trace, scene) = Make(input);
        var objects = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).ToList();
        var m = trace.BucketCount;
        var grid = Grid(objects.Single(o => (string?)o["id"] == "buckets"), m);
        var states = trace.Steps.Select(s => string.Join("|", s.Buckets.Select(c => string.Join(",", c)))).ToHashSet();
        var graphs = objects.Where(o => (string?)o["type"] == "graph").ToList();
        Assert.NotEmpty(graphs);
        foreach (var g in graphs)
        {
            Assert.True((bool)g["directed"]!);
            var r = N(g["style"]!["nodeRadius"]!);
            var nodes = ((JsonArray)g["nodes"]!).Select(n => (Id: (string)n!["id"]!, Label: (string)n["label"]!, X: N(n["x"]!), Y: N(n["y"]!))).ToList();
            var edges = ((JsonArray)g["edges"]!).Select(e => ((string)e!["from"]!, (string)e["to"]!)).ToHashSet();
            var chains = new List<string>();
            var expectedEdges = new HashSet<(string, string)>();
            for (var b = 0; b < m; b++)
            {
                // Bucket b's chain: on its cell's row (column layout) or under its cell (row layout), ordered away from it.
                var (cx, cy) = grid.Centre(b);
                double Along((string Id, string Label, double X, double Y) n) => grid.Across ? n.Y : n.X;
                var line = nodes.Where(n => grid.Across ? Math.Abs(n.X - cx) < 0.5 : Math.Abs(n.Y - cy) < 0.5).OrderBy(Along).ToList();
                Assert.All(line, n => Assert.True(grid.Across ? n.Y - r > grid.Bottom : n.X - r > grid.Right, $"{n.Label} overlaps the buckets"));
                for (var i = 0; i + 1 < line.Count; i++)
                {
                    expectedEdges.Add((line[i].Id, line[i + 1].Id));
                    Assert.True(Along(line[i + 1]) - Along(line[i]) > 2 * r, $"{line[i].Label} and {line[i + 1].Label} touch");
                }
                chains.Add(string.Join(",", line.Select(n => n.Label)));
            }
            Assert.Equal(nodes.Count, chains.Sum(c => c.Length == 0 ? 0 : c.Split(',').Length));
            Assert.Equal(expectedEdges, edges);
            // Every version draws the table as it is after one of the operations.
            Assert.Contains(string.Join("|", chains), states);
        }
        var final = graphs[^1];
        Assert.Equal(trace.Steps.Where(s => s.Buckets.Sum(c => c.Count) > 0).Select(s => s.Buckets.Sum(c => c.Count)).Last(),
            ((JsonArray)final["nodes"]!).Count);
    }

    /// <summary>
    /// The table sits in the middle of the diagram area and inside it. Buckets in a column: the room left of them equals
    /// the room right of the widest moment (the longest chain, and the cur tag after its last node), unless the chains
    /// fill the area. Buckets across: the row of cells is centred, and every chain with the cur tag right of it stays in
    /// the area.
    /// </summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_table_is_centred_in_the_diagram_area(string input)
    {
        var (trace, scene) = Make(input);
        var objects = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).ToList();
        var grid = Grid(objects.Single(o => (string?)o["id"] == "buckets"), trace.BucketCount);
        var graphs = objects.Where(o => (string?)o["type"] == "graph").ToList();
        var pointer = objects.Any(o => (string?)o["id"] == "ptr_cur");
        var left = graphs.Select(g => ((JsonArray)g["nodes"]!).Min(n => N(n!["x"]!)) - N(g["style"]!["nodeRadius"]!)).Append(grid.Left).Min();
        var right = graphs.Select(g => ((JsonArray)g["nodes"]!).Max(n => N(n!["x"]!)) + N(g["style"]!["nodeRadius"]!) + (pointer ? HashTableScene.PointerRoom : 0))
            .Append(grid.Right).Max();
        Assert.True(left - LessonLayout.DiagramLeft >= -0.5, $"{input}: the table starts at x {left:0}, left of the diagram area's edge {LessonLayout.DiagramLeft}");
        Assert.True(LessonLayout.DiagramRight - right >= -0.5, $"{input}: the table reaches x {right:0}, past the diagram area's right edge {LessonLayout.DiagramRight}");
        if (grid.Across)
        {
            var (l, r) = (grid.Left - LessonLayout.DiagramLeft, LessonLayout.DiagramRight - grid.Right);
            Assert.True(Math.Abs(l - r) <= 1, $"{input}: {l:0} px free left of the bucket row but {r:0} px right of it");
            return;
        }
        var before = left - LessonLayout.DiagramLeft;
        var after = LessonLayout.DiagramRight - right;
        // A long chain may fill the area to its right edge from the buckets' place at the left margin.
        var fills = after <= 2 && Math.Abs(left - (LessonLayout.DiagramLeft + HashTableLayout.Margin)) < 0.5;
        Assert.True(fills || Math.Abs(before - after) <= 2, $"{input}: {before:0} px free left of the buckets but {after:0} px right of the longest chain");
    }
}
