using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Rendering;

/// <summary>add-edge and remove-edge (extensions): edges that appear and disappear on the timeline, drawn and checked.</summary>
[Trait("Category", TestCategory.Unit)]
public class EdgeChangePixelTests
{
    private const string Background = "#101018";
    private const string EdgeColor = "#40c0ff";

    private static string Scene(string edges, string timeline, bool directed = true) => $$"""
        meta: { title: t, canvas: { width: 800, height: 600, background: "{{Background}}" } }
        objects:
          - id: g
            type: graph
            directed: {{(directed ? "true" : "false")}}
            nodes: [{ id: A, x: 150, y: 300 }, { id: B, x: 650, y: 300 }, { id: C, x: 400, y: 100 }]
            edges: {{edges}}
            style: { edgeColor: "{{EdgeColor}}", edgeWidth: 6, nodeRadius: 30 }
        timeline:
          - { action: fade-in, target: g, duration: 0s }
        {{timeline}}
        """;

    private static SkiaSharp.SKColor At(string text, double t, int x, int y)
    {
        using var frame = TestRender.Frame(text, t);
        return frame.GetPixel(x, y);
    }

    [Fact]
    public void Add_edge_fades_in_with_its_arrowhead_and_can_then_be_highlighted()
    {
        var text = Scene("[]", """
              - { action: pause, duration: 1s }
              - { action: add-edge, target: g, edge: [A, B], duration: 1s }
              - { action: highlight-edge, target: g, edge: [A, B], color: "#ff0000", duration: 0s }
              - { action: pause, duration: 1s }
            """);
        TestRender.AssertColor(TestRender.Hex(Background), At(text, 0.5, 400, 300), what: "before add-edge");
        var half = At(text, 1.5, 400, 300);
        Assert.True(half.Blue > 90 && half.Blue < 230, $"half-way the edge is half faded in, got {half}");
        TestRender.AssertColor(TestRender.Hex("#ff0000"), At(text, 2.5, 400, 300), what: "added edge highlighted");
        // The arrowhead is wider than the line, just outside B's outline (x 650 − 30 − a few px).
        using var end = TestRender.Frame(text, 2.5);
        Assert.True(end.GetPixel(603, 305).Red > 200, "arrowhead beside the line near B");
        Assert.True(end.GetPixel(300, 305).Red < 60, "the line itself is only 5 px wide away from the head");
        Assert.Empty(Warnings(text));
    }

    [Fact]
    public void Weight_of_an_added_edge_is_drawn_beside_it()
    {
        var text = Scene("[]", "  - { action: add-edge, target: g, edge: [A, B], weight: 7, duration: 0s }\n  - { action: pause, duration: 1s }");
        using var frame = TestRender.Frame(text, 0.5);
        var (_, y, count) = TestRender.Centroid(frame, TestRender.Hex("#ffffff"), 40);
        Assert.True(count > 10, "the weight's text is drawn");
        Assert.True(y < 295, $"the pill sits above the edge (text centre y {y:0})");
    }

    [Fact]
    public void Remove_edge_fades_out_and_a_later_highlight_warns()
    {
        var text = Scene("[{ from: A, to: C }, { from: A, to: B }]", """
              - { action: remove-edge, target: g, edge: [A, B], duration: 1s }
              - { action: highlight-edge, target: g, edge: [A, B], color: "#ff0000", duration: 0.2s }
              - { action: remove-edge, target: g, edge: [A, B], duration: 0.2s }
              - { action: pause, duration: 1s }
            """);
        TestRender.AssertColor(TestRender.Hex(EdgeColor), At(text, 0, 400, 300), what: "edge before remove-edge");
        var half = At(text, 0.5, 400, 300);
        Assert.True(half.Blue > 60 && half.Blue < 220, $"half-way faded out, got {half}");
        TestRender.AssertColor(TestRender.Hex(Background), At(text, 1.8, 400, 300), what: "edge after remove-edge");
        TestRender.AssertColor(TestRender.Hex(EdgeColor), At(text, 1.8, 275, 200), 12, "the other edge stays");
        var warnings = Warnings(text);
        Assert.Contains(warnings, w => w.Path == "timeline[2]" && w.Message.Contains("edge [A, B] not found"));
        Assert.Contains(warnings, w => w.Path == "timeline[3]" && w.Message.Contains("edge [A, B] is not in \"g\""));
    }

    [Fact]
    public void Adding_an_edge_that_exists_warns_and_unknown_nodes_are_validator_warnings_with_paths()
    {
        var text = Scene("[{ from: A, to: B }]", """
              - { action: add-edge, target: g, edge: [A, B], duration: 0.2s }
              - { action: add-edge, target: g, edge: [A, Z], duration: 0.2s }
              - { action: remove-edge, target: g, edge: [Q, B], duration: 0.2s }
            """);
        var doc = ManifestPipeline.LoadText(text);
        Assert.True(doc.IsValid);
        Assert.Contains(doc.Warnings, w => w.Path == "timeline[2].edge[1]" && w.Message.Contains("\"Z\" is not a node"));
        Assert.Contains(doc.Warnings, w => w.Path == "timeline[3].edge[0]" && w.Message.Contains("\"Q\" is not a node"));
        var runtime = RendererWarnings.Find(doc);
        Assert.Contains(runtime, w => w.Path == "timeline[1]" && w.Message.Contains("already in"));
    }

    [Fact]
    public void Added_edge_moves_with_its_nodes()
    {
        var text = Scene("[]", """
              - { action: add-edge, target: g, edge: [A, C], duration: 0s }
              - { action: move-node, target: g, node: C, position: { x: 150, y: 100 }, duration: 0s }
              - { action: pause, duration: 1s }
            """, directed: false);
        using var frame = TestRender.Frame(text, 0.5);
        TestRender.AssertColor(TestRender.Hex(EdgeColor), frame.GetPixel(150, 200), 12, "vertical edge A–C after C moved");
    }

    private static List<Diagnostic> Warnings(string text) => RendererWarnings.Find(ManifestPipeline.LoadText(text)).ToList();
}
