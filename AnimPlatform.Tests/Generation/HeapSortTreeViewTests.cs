using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Heap sort's tree above the bars, read off the compiled walkthrough at 1920×1080 the way it is drawn: after every
/// timeline entry the node in tree slot i (level by level, left to right) carries the value of bar i; at every step
/// caption the tree has exactly the edges parent(i) → i, a node is out of the heap (the dimmed fill, its edge dimmed)
/// exactly when its bar is sorted, and the sorted bars are the indices past the heap size the variables panel shows;
/// over the whole walkthrough, moves included, nothing of the tree leaves the diagram area, enters the subtitle band
/// or touches another object (code panel, bars, pointers, captions). Ascending (max-heap) and descending (min-heap).
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class HeapSortTreeViewTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Inputs() =>
    [
        "heap sort 12 3 45 7 22 9 31 18 5 40 27 14",
        "heap sort descending 12 3 45 7 22 9 31 18 5 40 27 14",
        "heap sort 99 1 98 2 97 3 96 4 95 5 94 6",
        "heap sort in descending order 1 2 3 4 5 6 7 8 9 10 11 12",
        "heap sort 5 5 2 9 2 7",
        "heap sort descending 4 10 3",
        "heap sort 8 1",
    ];

    private sealed record Node(int Index, string Label, Rgba Fill, (double X, double Y) Centre, double Radius);

    private sealed record Edge(int Parent, int Child, Rgba Color);

    private sealed record Bar(string Value, Rgba Fill);

    /// <summary>What the walkthrough shows at one time: the tree's nodes by slot, its edges, the bars left to right, the heap size shown, every shape.</summary>
    private sealed record Picture(double Time, List<Node> Nodes, List<Edge> Edges, List<Bar> Bars, int? HeapSize, List<LayoutShape> Shapes);

    private sealed class Walk
    {
        public required int Count { get; init; }
        public required SceneCompiler.SceneRun Run { get; init; }
        public required SceneManifest Scene { get; init; }
        public required List<bool> StepEntries { get; init; }
        public required LayoutProbe Probe { get; init; }
        public required GroupElement Camera { get; init; }
        public required GroupElement Container { get; init; }
        public required List<Diagnostic> Warnings { get; init; }
    }

    private static Walk Compile(string input)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        Assert.Equal("heap-sort", match.Generator.Info.Id);
        var generated = match.Generator.Generate(match.Input, 1);
        var json = GenerationTestKit.Scene(generated.Show, "walkthrough");
        var doc = ManifestPipeline.FromNode(generated.Show.DeepClone());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        var scene = doc.Show.Scenes.Single(e => e.Name == "walkthrough").Scene;
        var camera = new GroupElement();
        var container = camera.Add(new GroupElement());
        var warnings = new List<Diagnostic>();
        var run = SceneCompiler.Run(scene, container, camera, 0, warnings);
        var entries = GenerationTestKit.Timeline(json).ToList();
        Assert.Equal(entries.Count, run.EntryEnds.Count);
        var steps = entries.Select(e => (e["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!) : [e])
            .Any(a => (string?)a["action"] == "set-text" && (string?)a["target"] == StandardScenes.StepId && (string?)a["value"] is { Length: > 0 })).ToList(); // a heading clears it
        var count = ((JsonArray)((JsonArray)json["manifest"]!["objects"]!).Select(o => (JsonObject)o!)
            .Single(o => (string?)o["id"] == HeapTreeView.TreeId)["nodes"]!).Count;
        return new Walk
        {
            Count = count, Run = run, Scene = scene, StepEntries = steps, Probe = new LayoutProbe(RenderResources.CreateContext().Text, 1920, 1080),
            Camera = camera, Container = container, Warnings = warnings,
        };
    }

    private static Picture Look(Walk w, double t)
    {
        var shapes = new List<LayoutShape>();
        foreach (var def in w.Scene.Objects)
            if (w.Run.Objects.TryGetValue(def.Id, out var runtime)) w.Probe.Collect(def.Id, [w.Camera, w.Container], runtime.Root, t, shapes);

        var tree = shapes.Where(s => s.ObjectId == HeapTreeView.TreeId).ToList();
        var circles = tree.Where(s => s.Kind == ShapeKind.Circle).ToList();
        // Slots: rows of equal y from the top, left to right in a row; index = 2^level − 1 + position.
        var rows = circles.GroupBy(c => Math.Round(c.Circle.Y)).OrderBy(g => g.Key).ToList();
        var nodes = new List<Node>();
        for (var level = 0; level < rows.Count; level++)
        {
            var row = rows[level].OrderBy(c => c.Circle.X).ToList();
            for (var k = 0; k < row.Count; k++)
            {
                var c = row[k];
                var label = tree.Where(s => s.Kind == ShapeKind.Text && c.Bounds.Contains(s.Bounds.CentreX, s.Bounds.CentreY)).Select(s => s.Text).ToList();
                nodes.Add(new Node((1 << level) - 1 + k, label.Count == 1 ? label[0] : $"<{label.Count} labels>", c.Color, (c.Circle.X, c.Circle.Y), c.Circle.R));
            }
        }
        int Nearest((double X, double Y) p) => circles.Count == 0 ? -1
            : nodes.MinBy(n => Math.Pow(n.Centre.X - p.X, 2) + Math.Pow(n.Centre.Y - p.Y, 2))!.Index;
        var edges = tree.Where(s => s.Kind == ShapeKind.Line && s.Points.Count >= 2)
            .Select(s => (A: Nearest(s.Points[0]), B: Nearest(s.Points[^1]), s.Color))
            .Select(e => new Edge(Math.Min(e.A, e.B), Math.Max(e.A, e.B), e.Color)).ToList();

        var bars = shapes.Where(s => s.ObjectId == ArrayWalkthrough.ArrayId && !s.Annotation).ToList();
        var fills = bars.Where(s => s.Kind == ShapeKind.Fill).OrderBy(s => s.Bounds.CentreX).ToList();
        var values = bars.Where(s => s.Kind == ShapeKind.Text && s.Bold).OrderBy(s => s.Bounds.CentreX).ToList();
        var barList = fills.Count == values.Count ? fills.Zip(values, (f, v) => new Bar(v.Text, f.Color)).ToList() : [];

        var vars = shapes.Where(s => s.ObjectId == LessonPanels.VarsId && s.Kind == ShapeKind.Text).ToList();
        int? heapSize = vars.FirstOrDefault(s => s.Text.TrimEnd('=', ' ').Trim() == "heap size") is { } name
            && vars.FirstOrDefault(s => s.Bold && Math.Abs(s.Bounds.CentreY - name.Bounds.CentreY) < 4) is { } value
            && int.TryParse(value.Text, out var size) ? size : null;
        return new Picture(t, nodes, edges, barList, heapSize, shapes);
    }

    private static Rgba Parse(string hex) => ColorParser.TryParse(hex, out var c) ? c : throw new ArgumentException(hex);

    private static bool Same(Rgba a, Rgba b) => Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B) < 6;

    private static string Describe(Picture p) =>
        $"tree [{string.Join(" ", p.Nodes.OrderBy(n => n.Index).Select(n => n.Label))}], bars [{string.Join(" ", p.Bars.Select(b => b.Value))}]";

    /// <summary>Every entry end where the whole array is drawn (not while the bars are being filled in or fading out).</summary>
    private static IEnumerable<(int Entry, Picture Picture)> Settled(Walk w)
    {
        for (var k = 0; k < w.Run.EntryEnds.Count; k++)
        {
            var p = Look(w, w.Run.EntryEnds[k]);
            if (p.Bars.Count == w.Count && p.Bars.All(b => b.Value.Length > 0)) yield return (k, p);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void After_every_entry_tree_slot_i_shows_the_value_of_bar_i(string input)
    {
        var w = Compile(input);
        Assert.Empty(w.Warnings);
        var checkedAt = 0;
        foreach (var (_, p) in Settled(w))
        {
            Assert.True(p.Nodes.Count == w.Count, $"{input} at {p.Time:0.00} s: {p.Nodes.Count} tree nodes drawn for {w.Count} bars");
            Assert.True(p.Nodes.Max(n => n.Index) == w.Count - 1, $"{input} at {p.Time:0.00} s: the nodes are not in the rows of a complete tree of {w.Count}");
            Assert.True(p.Nodes.OrderBy(n => n.Index).Select(n => n.Label).SequenceEqual(p.Bars.Select(b => b.Value)), $"{input} at {p.Time:0.00} s: {Describe(p)}");
            checkedAt++;
        }
        Assert.True(checkedAt > 3 * w.Count, $"{input}: only {checkedAt} instants had the whole array drawn");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void At_every_step_the_tree_links_parent_to_child_and_the_sorted_indices_are_out_of_it(string input)
    {
        var w = Compile(input);
        var done = Parse(Theme.Color("done"));
        var outFill = Parse(HeapTreeView.OutFill);
        var outEdge = Parse(HeapTreeView.OutEdge);
        // Each step's picture as it stands when the next caption comes (a caption is a zero-length entry: just before it),
        // and the last picture before the walkthrough fades out.
        var steps = Enumerable.Range(1, w.StepEntries.Count - 1).Where(k => w.StepEntries[k]).Select(k => Look(w, w.Run.EntryEnds[k] - 1e-4))
            .Append(Settled(w).Last().Picture).Where(p => p.Bars.Count == w.Count).ToList();
        Assert.True(steps.Count > w.Count, $"{input}: only {steps.Count} step instants");
        var sawOut = false;
        foreach (var p in steps)
        {
            var at = $"{input} at {p.Time:0.00} s ({Describe(p)})";
            var expected = Enumerable.Range(1, w.Count - 1).Select(i => ((i - 1) / 2, i)).ToHashSet();
            var drawn = p.Edges.Select(e => (e.Parent, e.Child)).ToList();
            Assert.True(drawn.Count == expected.Count && expected.SetEquals(drawn),
                $"{at}: edges {string.Join(" ", drawn.Order().Select(e => $"{e.Item1}-{e.Item2}"))}, expected every parent(i)-i");

            var sorted = p.Bars.Select((b, i) => (b, i)).Where(x => Same(x.b.Fill, done)).Select(x => x.i).ToHashSet();
            Assert.NotNull(p.HeapSize);
            // Past the heap is sorted; index 0 is sorted only once the heap is down to it.
            var past = Enumerable.Range(p.HeapSize!.Value, w.Count - p.HeapSize.Value).ToHashSet();
            Assert.True(sorted.SetEquals(past) || (p.HeapSize == 1 && sorted.SetEquals(past.Append(0))),
                $"{at}: heap size {p.HeapSize} but sorted bars {string.Join(",", sorted.Order())}");
            foreach (var n in p.Nodes)
            {
                var isOut = sorted.Contains(n.Index);
                sawOut |= isOut;
                Assert.True(Same(n.Fill, outFill) == isOut, $"{at}: node {n.Index} ({n.Label}) {(isOut ? "is sorted but not drawn out of the heap" : "is in the heap but drawn out of it")}");
                if (!isOut)
                    Assert.True(Same(n.Fill, p.Bars[n.Index].Fill), $"{at}: node {n.Index} ({n.Label}) is {n.Fill}, its bar {p.Bars[n.Index].Fill}");
                if (n.Index == 0) continue;
                var edge = p.Edges.Single(e => e.Child == n.Index);
                Assert.True(Same(edge.Color, outEdge) == isOut, $"{at}: the edge into node {n.Index} ({n.Label}) is {edge.Color} though the node is {(isOut ? "out of" : "in")} the heap");
            }
        }
        Assert.True(sawOut, $"{input}: no node was ever out of the heap");
        var last = steps[^1];
        Assert.True(last.Nodes.All(n => Same(n.Fill, outFill)), $"{input}: at the end not every node is out of the heap: {Describe(last)}");
    }

    [Theory]
    [InlineData("heap sort 12 3 45 7 22 9 31 18 5 40 27 14")]
    [InlineData("heap sort descending 99 1 98 2 97 3 96 4 95 5 94 6")]
    public void The_tree_stays_in_the_diagram_area_clear_of_the_panels_bars_captions_and_subtitles(string input)
    {
        var w = Compile(input);
        var ends = w.Run.EntryEnds.Distinct().Order().ToList();
        // After every entry and in the middle of every one (nodes on their way).
        var times = ends.Concat(ends.Zip(ends.Skip(1), (a, b) => (a + b) / 2)).ToList();
        var looked = 0;
        foreach (var t in times)
        {
            var p = Look(w, t);
            var tree = p.Shapes.Where(s => s.ObjectId == HeapTreeView.TreeId).ToList();
            if (tree.Count == 0) continue;
            looked++;
            var box = new Rect(tree.Min(s => s.Bounds.Left), tree.Min(s => s.Bounds.Top), tree.Max(s => s.Bounds.Right), tree.Max(s => s.Bounds.Bottom));
            Assert.True(box.Left >= LessonLayout.DiagramLeft && box.Right <= LessonLayout.DiagramRight && box.Top >= LessonLayout.ContentTop && box.Bottom <= LessonLayout.SubtitleTop,
                $"{input} at {t:0.00} s: the tree spans ({box.Left:0}, {box.Top:0})–({box.Right:0}, {box.Bottom:0}), outside the diagram area");
            foreach (var other in p.Shapes.Where(s => s.ObjectId != HeapTreeView.TreeId))
            {
                var hit = tree.FirstOrDefault(s => s.Bounds.Intersects(other.Bounds));
                Assert.True(hit is null, $"{input} at {t:0.00} s: the tree's {hit?.Kind} \"{hit?.Text}\" at ({hit?.Bounds.Left:0}, {hit?.Bounds.Top:0})–({hit?.Bounds.Right:0}, {hit?.Bounds.Bottom:0}) overlaps {other.ObjectId} ({other.Kind} \"{other.Text}\") at ({other.Bounds.Left:0}, {other.Bounds.Top:0})–({other.Bounds.Right:0}, {other.Bounds.Bottom:0})");
            }
        }
        Assert.True(looked > 50, $"{input}: the tree was drawn at only {looked} instants");
    }
}
