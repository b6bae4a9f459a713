using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Issue 13's layout rule "the diagram fills the space it has (at least half the frame width where it is the
/// subject)" for the graph and table lessons: over several random inputs, the walkthrough's diagram (node circles,
/// a call-stack grid beside them, or the table's cells) spans at least half the 1920 px frame and stays left of the
/// panel column.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public partial class DiagramSpanTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Lessons() =>
    [
        "bfs", "dfs", "dijkstra", "prim", "kruskal", "bellman-ford", "topological-sort", "union-find",
        "floyd-warshall", "fibonacci", "knapsack", "lcs", "edit-distance", "n-queens",
    ];

    [GeneratedRegex(@"^(c\d+_\d+|ch\d+|rh\d+)$")]
    private static partial Regex CellId();

    private static double N(JsonNode n) => double.Parse(n.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The horizontal extent of the first scene that draws a graph or a table: (left, right), or null when none does.</summary>
    public static (double Left, double Right)? Span(JsonObject show)
    {
        foreach (var scene in show["scenes"]!.AsArray())
        {
            var objects = scene!["manifest"]!["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
            var spans = new List<(double, double)>();
            foreach (var graph in objects.Where(o => (string?)o["type"] == "graph"))
            {
                var r = N(graph["style"]!["nodeRadius"]!);
                spans.AddRange(graph["nodes"]!.AsArray().Select(n => (N(n!["x"]!) - r, N(n["x"]!) + r)));
            }
            foreach (var grid in objects.Where(o => (string?)o["type"] == "grid"))
            {
                var half = N(grid["style"]!["cellWidth"]!) * N(grid["cols"]!) / 2;
                var x = N(grid["position"]!["x"]!);
                spans.Add((x - half, x + half));
            }
            var cells = objects.Where(o => (string?)o["type"] == "text" && CellId().IsMatch((string)o["id"]!))
                .Select(o => N(o["position"]!["x"]!)).ToList();
            if (cells.Count > 0)
            {
                // A cell is as wide as the pitch between neighbouring columns.
                var xs = cells.Select(x => Math.Round(x, 1)).Distinct().Order().ToList();
                var pitch = xs.Zip(xs.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Min();
                spans.Add((xs[0] - pitch / 2, xs[^1] + pitch / 2));
            }
            if (spans.Count > 0) return (spans.Min(s => s.Item1), spans.Max(s => s.Item2));
        }
        return null;
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void The_diagram_spans_at_least_half_the_frame_width(string id)
    {
        var generator = Catalog.Find(id)!;
        for (var seed = 1; seed <= 8; seed++)
        {
            var span = Span(generator.Generate("", seed).Show);
            Assert.True(span is not null, $"{id} seed {seed}: no graph or table drawn");
            var (left, right) = span.Value;
            Assert.True(right - left >= 960, $"{id} seed {seed}: the diagram spans x {left:0}–{right:0} ({right - left:0} px), under half of 1920");
            Assert.True(left >= 0 && right <= LessonLayout.PanelLeft, $"{id} seed {seed}: the diagram spans x {left:0}–{right:0}, outside 0–{LessonLayout.PanelLeft} (left of the panel column)");
        }
    }

    [Fact]
    public void A_narrow_diagram_is_measured_as_narrow()
    {
        var show = new JsonObject
        {
            ["scenes"] = new JsonArray(new JsonObject
            {
                ["manifest"] = new JsonObject
                {
                    ["objects"] = new JsonArray(
                        new JsonObject { ["id"] = "c0_0", ["type"] = "text", ["position"] = new JsonObject { ["x"] = 400, ["y"] = 300 } },
                        new JsonObject { ["id"] = "c0_1", ["type"] = "text", ["position"] = new JsonObject { ["x"] = 500, ["y"] = 300 } }),
                },
            }),
        };
        Assert.Equal((350.0, 550.0), Span(show));
    }
}
