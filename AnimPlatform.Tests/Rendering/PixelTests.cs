using AnimPlatform.Tests.Support;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>What the renderer draws, checked on pixels of small canvases.</summary>
[Trait("Category", TestCategory.Unit)]
public class PixelTests
{
    private const string GraphScene = """
        meta:
          title: t
          canvas: { width: 800, height: 200, background: "#102030" }
        objects:
          - id: g
            type: graph
            nodes:
              - { id: A, x: 300, y: 100 }
              - { id: B, x: 500, y: 100 }
            edges:
              - { from: A, to: B }
            style: { nodeColor: "#4080c0", nodeRadius: 30 }
        timeline:
          - action: pause
            duration: 1s
          - action: fade-in
            target: g
            duration: 1s
          - action: highlight-node
            target: g
            node: B
            color: "#ff0000"
            duration: 0.5s
          - action: camera-zoom
            scale: 2
            duration: 1s
        """;

    [Fact]
    public void Node_is_background_before_fade_in_and_fill_after()
    {
        var show = Compile(GraphScene);
        using var before = Frame(show, 0.5);
        AssertColor(Hex("#102030"), before.GetPixel(300, 115), what: "node before fade-in");
        using var mid = Frame(show, 1.5);
        var m = mid.GetPixel(300, 115);
        Assert.NotEqual(Hex("#102030"), m);
        Assert.NotEqual(Hex("#4080c0"), m);
        using var after = Frame(show, 2.0);
        AssertColor(Hex("#4080c0"), after.GetPixel(300, 115), what: "node after fade-in");
    }

    [Fact]
    public void Highlight_node_fills_with_colour_and_white_outline()
    {
        using var frame = Frame(Compile(GraphScene), 2.5);
        AssertColor(Hex("#ff0000"), frame.GetPixel(500, 115), what: "highlighted fill");
        AssertColor(SKColors.White, frame.GetPixel(500, 70), tolerance: 40, what: "outline");
        AssertColor(Hex("#4080c0"), frame.GetPixel(300, 115), what: "other node unchanged");
    }

    [Fact]
    public void Camera_zoom_of_two_doubles_on_screen_distance()
    {
        var show = Compile(GraphScene);
        using var before = Frame(show, 2.5);
        using var after = Frame(show, 3.5);
        var a0 = Centroid(before, Hex("#4080c0"));
        var b0 = Centroid(before, Hex("#ff0000"));
        var a1 = Centroid(after, Hex("#4080c0"));
        var b1 = Centroid(after, Hex("#ff0000"));
        Assert.True(a0.Count > 100 && b0.Count > 100 && a1.Count > 100 && b1.Count > 100);
        var d0 = b0.X - a0.X;
        var d1 = b1.X - a1.X;
        Assert.InRange(d0, 198, 202);
        Assert.InRange(d1 / d0, 1.97, 2.03);
    }

    private const string ArrayScene = """
        meta:
          title: t
          canvas: { width: 400, height: 200, background: "#000000" }
        objects:
          - id: arr
            type: data-structure
            variant: array
            position: { x: 200, y: 100 }
            style: { cellWidth: 60, cellHeight: 40, gap: 10 }
        timeline:
          - action: fade-in
            target: arr
            duration: 0.1s
          - action: init-cells
            target: arr
            values: ["7", "42", "9"]
            duration: 0.3s
          - action: highlight-cell
            target: arr
            index: 0
            color: "#00ff00"
            duration: 0.1s
          - action: pause
            duration: 1s
          - action: swap-cells
            target: arr
            indices: [0, 2]
            duration: 0.9s
          - action: pause
            duration: 1s
          - action: pop
            target: arr
            duration: 0.4s
          - action: pause
            duration: 1s
        """;

    [Fact]
    public void Swap_cells_exchanges_the_cells_positions()
    {
        var show = Compile(ArrayScene);
        using var before = Frame(show, 1.0);
        using var after = Frame(show, 2.6);
        // Slots: x = 130, 200, 270 (w 60, gap 10); cell 0 is highlighted green.
        AssertColor(Hex("#00ff00"), before.GetPixel(112, 90), what: "slot 0 before");
        AssertColor(Hex("#00ff00"), after.GetPixel(252, 90), what: "slot 2 after");
        var slot0 = new SKRectI(100, 80, 160, 120);
        var slot2 = new SKRectI(240, 80, 300, 120);
        Assert.Equal(Crop(before, slot0), Crop(after, slot2)); // "7" with its highlight moved to the right
        Assert.Equal(Crop(before, slot2), Crop(after, slot0)); // "9" moved to the left
        Assert.NotEqual(Crop(before, slot0), Crop(before, slot2));
    }

    [Fact]
    public void Popped_cell_is_gone_and_index_labels_follow()
    {
        var show = Compile(ArrayScene);
        using var before = Frame(show, 2.6);
        using var after = Frame(show, 4.2);
        // After the swap the row is 9, 42, 7 and the green "7" is rightmost: pop removes it.
        AssertColor(Hex("#00ff00"), before.GetPixel(252, 90), what: "rightmost before pop");
        Assert.Equal(0, Centroid(after, Hex("#00ff00"), 2).Count);
        // Two cells remain, re-centred at x = 165 and 235; nothing at the old right slot.
        AssertColor(Hex("#2a2a4a"), after.GetPixel(140, 90), what: "cell at slot 0 of two");
        AssertColor(Hex("#2a2a4a"), after.GetPixel(255, 90), what: "cell at slot 1 of two");
        for (var x = 275; x < 310; x++) AssertColor(Hex("#000000"), after.GetPixel(x, 90), what: $"x={x} after pop");
        // Index labels: "[2]" disappears with the third cell.
        var labelsBefore = Centroid(before, Hex("#888899"), 20).Count;
        var labelsAfter = Centroid(after, Hex("#888899"), 20).Count;
        Assert.InRange(labelsAfter, labelsBefore * 0.5, labelsBefore * 0.9); // 3 labels → 2
    }

    [Fact]
    public void Crossfade_midpoint_mixes_the_outgoing_scene_with_the_background()
    {
        const string show = """
            meta:
              title: s
              canvas: { width: 200, height: 100, background: "#000000" }
            scenes:
              - manifest:
                  meta: { title: a }
                  objects:
                    - { id: t, type: graph, nodes: [{ id: A, x: 100, y: 50 }], edges: [], style: { nodeColor: "#c86400", nodeRadius: 40 } }
                  timeline:
                    - { action: fade-in, target: t, duration: 0.1s }
              - transition: { type: crossfade, duration: 1s, easing: linear }
                manifest:
                  meta: { title: b }
                  objects: []
                  timeline: [{ action: pause, duration: 1s }]
            """;
        var compiled = Compile(show);
        using var end1 = Frame(compiled, 0.1);
        using var mid = Frame(compiled, 0.6);
        using var after = Frame(compiled, 1.2);
        AssertColor(Hex("#c86400"), end1.GetPixel(100, 55));
        AssertColor(new SKColor(100, 50, 0), mid.GetPixel(100, 55), tolerance: 3, what: "half faded");
        AssertColor(Hex("#000000"), after.GetPixel(100, 55));
    }

    [Fact]
    public void Same_manifest_gives_identical_frames()
    {
        var a = Compile(ArrayScene);
        var b = Compile(ArrayScene);
        foreach (var t in new[] { 0.2, 0.35, 1.5, 2.0, 3.0 })
        {
            using var fa = Frame(a, t);
            using var fb = Frame(b, t);
            Assert.Equal(Hash(fa), Hash(fb));
        }
    }

    [Fact]
    public void Text_renders_visible_glyphs()
    {
        const string text = """
            meta: { title: t, canvas: { width: 300, height: 100, background: "#000000" } }
            objects:
              - { id: x, type: text, content: "Hello → ●", position: { x: 150, y: 50 }, style: { font: "bold 30px sans-serif", color: "#ffffff" } }
            timeline:
              - { action: fade-in, target: x, duration: 0.1s }
            """;
        using var frame = Frame(text, 0.5);
        var white = Centroid(frame, SKColors.White, 40);
        Assert.True(white.Count > 200, $"only {white.Count} text pixels");
        Assert.InRange(white.X, 130, 170); // centred on its position
    }
}
