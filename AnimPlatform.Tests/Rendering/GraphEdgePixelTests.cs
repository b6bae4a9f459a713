using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Graph edge extensions: arrowheads on the outline, weight labels beside edges, curved pairs.</summary>
[Trait("Category", TestCategory.Unit)]
public class GraphEdgePixelTests
{
    // Nodes of radius 30 with a 3 px outline: the outline's outer edge is 31.5 px from the centre.
    private static string Scene(bool directed, string edges, string extra = "") => $$"""
        meta:
          title: edges
          canvas: { width: 800, height: 400, background: "#000000" }
        objects:
          - id: g
            type: graph
            directed: {{(directed ? "true" : "false")}}
            nodes: [{ id: A, x: 200, y: 200 }, { id: B, x: 500, y: 200 }]
            edges: {{edges}}
            style: { edgeColor: "#00ff00", labelColor: "#ff00ff", nodeColor: "#202020", nodeStroke: "#404040" }
        timeline:
          - { action: fade-in, target: g, duration: 0s }
          - { action: pause, duration: 1s }
        {{extra}}
          - { action: pause, duration: 1s }
        """;

    private static bool IsGreen(SKColor p) => p.Green > 150 && p.Red < 100 && p.Blue < 100;

    private static bool IsWhite(SKColor p) => p.Red > 200 && p.Green > 200 && p.Blue > 200;

    [Fact]
    public void Arrowhead_ends_on_the_outline_of_the_to_node()
    {
        using var frame = Frame(Scene(true, "[{ from: A, to: B }]"), 0.5);
        int maxX = 0, headRows = 0;
        for (var y = 180; y < 220; y++)
        for (var x = 240; x < 520; x++)
            if (IsGreen(frame.GetPixel(x, y))) maxX = Math.Max(maxX, x);
        // The head is wider than the 3 px line just before the tip.
        for (var y = 180; y < 220; y++)
            if (IsGreen(frame.GetPixel(maxX - 6, y))) headRows++;
        Assert.InRange(maxX, 465, 469); // tip at 468.5
        Assert.True(headRows >= 7, $"arrowhead height near the tip: {headRows} rows");
        // Undirected: no head, the line runs under the node to its centre.
        using var plain = Frame(Scene(false, "[{ from: A, to: B }]"), 0.5);
        var plainRows = 0;
        for (var y = 180; y < 220; y++)
            if (IsGreen(plain.GetPixel(maxX - 6, y))) plainRows++;
        Assert.InRange(plainRows, 2, 4);
    }

    [Fact]
    public void Weight_label_is_beside_the_edge_never_on_a_node_and_survives_a_highlight()
    {
        var scene = Scene(false, "[{ from: A, to: B, weight: 42 }]",
            "  - { action: highlight-edge, target: g, edge: [A, B], color: \"#ffffff\", duration: 0s }");
        using var before = Frame(scene, 0.5);
        using var after = Frame(scene, 1.5);
        int Count(SKBitmap f, out int minX, out int maxX, out int maxY)
        {
            (minX, maxX, maxY) = (int.MaxValue, 0, 0);
            var n = 0;
            for (var y = 100; y < 196; y++)
            for (var x = 100; x < 600; x++)
                if (IsWhite(f.GetPixel(x, y)))
                {
                    n++;
                    (minX, maxX, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Max(maxY, y));
                }
            return n;
        }
        var n0 = Count(before, out var minX, out var maxX, out var maxY);
        Assert.True(n0 > 30, $"weight text pixels above the edge: {n0}");
        // Centred on the edge's middle, clear of both circles (x 168..232 and 468..532) and above the line.
        Assert.InRange((minX + maxX) / 2.0, 345, 355);
        Assert.True(minX > 232 && maxX < 468, $"label x {minX}..{maxX}");
        Assert.True(maxY < 196, $"label bottom {maxY}");
        // Nothing white on or below the edge line before the highlight: the label is beside it.
        for (var x = 300; x < 400; x++)
            Assert.False(IsWhite(before.GetPixel(x, 200)), $"white on the edge at x={x}");
        // A white highlighted edge does not swallow the label: the pill keeps the background behind the text.
        var n1 = Count(after, out _, out _, out _);
        Assert.InRange(n1, n0 - 3, n0 + 3);
    }

    [Fact]
    public void The_two_edges_of_a_pair_curve_apart()
    {
        using var frame = Frame(Scene(true, "[{ from: A, to: B }, { from: B, to: A }]"), 0.5);
        var runs = new List<int>();
        var inRun = false;
        for (var y = 120; y < 280; y++)
        {
            var g = IsGreen(frame.GetPixel(350, y));
            if (g && !inRun) runs.Add(y);
            inRun = g;
        }
        Assert.Equal(2, runs.Count);
        Assert.True(runs[0] < 192 && runs[1] > 208, $"curves at y {string.Join(", ", runs)}");
    }
}
