using AnimPlatform.Core.Manifest;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>The pointer kind and move-pointer: under the right cell, stacked without overlap, following its host.</summary>
[Trait("Category", TestCategory.Unit)]
public class PointerPixelTests
{
    // Five 60-wide cells with gap 4 centred on x = 400: cell k is centred on 272 + 64k; cells span y 100..140.
    private const string Scene = """
        meta:
          title: pointers
          canvas: { width: 800, height: 400, background: "#000000" }
        objects:
          - { id: arr, type: data-structure, variant: array, position: { x: 400, y: 120 } }
          - { id: i, type: pointer, on: arr, at: 0, style: { color: "#ff0000" } }
          - { id: j, type: pointer, on: arr, at: 0, style: { color: "#0000ff" } }
          - id: g
            type: graph
            nodes: [{ id: A, x: 200, y: 300 }, { id: B, x: 500, y: 300 }]
            edges: [{ from: A, to: B }]
          - { id: cur, type: pointer, on: g, at: A, side: above, style: { color: "#00ff00" } }
        timeline:
          - parallel:
              - { action: fade-in, target: arr, duration: 0s }
              - { action: fade-in, target: i, duration: 0s }
              - { action: fade-in, target: j, duration: 0s }
              - { action: fade-in, target: g, duration: 0s }
              - { action: fade-in, target: cur, duration: 0s }
          - { action: init-cells, target: arr, values: [5, 3, 8, 1, 9], duration: 0s }
          - { action: pause, duration: 1s }
          - parallel:
              - { action: move-pointer, target: j, to: 3, duration: 1s }
              - { action: move-pointer, target: cur, to: B, duration: 1s }
          - { action: pause, duration: 1s }
          - { action: move-pointer, target: i, to: 3, duration: 0.5s }
          - { action: pause, duration: 1s }
        """;

    [Fact]
    public void Pointer_is_under_the_cell_it_was_moved_to()
    {
        using var frame = Frame(Scene, 2.5);
        var (x, y, n) = Centroid(frame, Hex("#0000ff"), 12);
        Assert.True(n > 150, $"blue pointer pixels: {n}");
        Assert.InRange(x, 461, 467); // cell 3
        var box = ColorBox(frame, Hex("#0000ff"));
        Assert.True(box.MinY > 140 + 20, $"pointer top {box.MinY} is below the cells and their index labels");
        Assert.True(box.MaxY < 210, $"pointer bottom {box.MaxY}");
        // i stayed at cell 0.
        Assert.InRange(Centroid(frame, Hex("#ff0000"), 12).X, 269, 275);
    }

    [Fact]
    public void Pointers_on_one_cell_stack_without_overlapping()
    {
        using var frame = Frame(Scene, 0.5);
        var red = ColorBox(frame, Hex("#ff0000"));
        var blue = ColorBox(frame, Hex("#0000ff"));
        Assert.True(red.Count > 150 && blue.Count > 150, $"{red.Count} {blue.Count}");
        Assert.InRange((red.MinX + red.MaxX) / 2.0, 268, 276);
        Assert.InRange((blue.MinX + blue.MaxX) / 2.0, 268, 276);
        Assert.True(blue.MinY > red.MaxY, $"blue tag {blue.MinY}..{blue.MaxY} overlaps red {red.MinY}..{red.MaxY}");
    }

    [Fact]
    public void A_pointer_leaving_a_place_lets_the_stack_close_up_and_joins_the_other_stack()
    {
        using var before = Frame(Scene, 2.5);
        using var after = Frame(Scene, 4);
        var blueBefore = ColorBox(before, Hex("#0000ff"));
        var redAfter = ColorBox(after, Hex("#ff0000"));
        var blueAfter = ColorBox(after, Hex("#0000ff"));
        // j was alone at cell 3 (level 0); i arrives second and stacks below it.
        Assert.InRange(blueAfter.MinY, blueBefore.MinY - 1, blueBefore.MinY + 1);
        Assert.InRange((redAfter.MinX + redAfter.MaxX) / 2.0, 460, 468);
        Assert.True(redAfter.MinY > blueAfter.MaxY, "i stacks below j at cell 3");
    }

    [Fact]
    public void Node_pointer_sits_above_the_node_and_slides_with_move_pointer()
    {
        using var start = Frame(Scene, 0.5);
        using var middle = Frame(Scene, 1.5);
        using var end = Frame(Scene, 2.5);
        var a = ColorBox(start, Hex("#00ff00"));
        var b = ColorBox(end, Hex("#00ff00"));
        Assert.InRange((a.MinX + a.MaxX) / 2.0, 196, 204);
        Assert.InRange((b.MinX + b.MaxX) / 2.0, 496, 504);
        // The tip touches the circle's top (radius 30 + half the 3 px outline, centre y 300).
        Assert.InRange(b.MaxY, 259, 267);
        var m = ColorBox(middle, Hex("#00ff00"));
        Assert.InRange((m.MinX + m.MaxX) / 2.0, 300, 400); // half way (eased) along the slide
    }

    [Fact]
    public void Pointer_follows_its_cell_when_the_row_recentres()
    {
        const string queue = """
            meta: { title: q, canvas: { width: 800, height: 300, background: "#000000" } }
            objects:
              - { id: q, type: data-structure, variant: queue, position: { x: 400, y: 100 } }
              - { id: head, type: pointer, on: q, at: 0, style: { color: "#ff0000" } }
            timeline:
              - { action: fade-in, target: q, duration: 0s }
              - { action: fade-in, target: head, duration: 0s }
              - { action: enqueue, target: q, values: [1], duration: 0.5s }
              - { action: pause, duration: 1s }
              - { action: enqueue, target: q, values: [2, 3], duration: 1s }
              - { action: pause, duration: 1s }
            """;
        using var one = Frame(queue, 1);
        using var three = Frame(queue, 3);
        Assert.InRange(Centroid(one, Hex("#ff0000"), 12).X, 397, 403);  // the only cell is centred
        Assert.InRange(Centroid(three, Hex("#ff0000"), 12).X, 333, 339); // cell 0 of three: 400 - 64
    }

    [Fact]
    public void Bad_places_are_reported_with_their_paths()
    {
        var doc = ManifestPipeline.LoadText("""
            meta: { title: t, canvas: { width: 800, height: 400 } }
            objects:
              - { id: g, type: grid, rows: 2, cols: 2, position: { x: 400, y: 200 } }
              - { id: gr, type: graph, nodes: [{ id: A, x: 1, y: 1 }], edges: [] }
              - { id: p1, type: pointer, on: nowhere, at: 0 }
              - { id: p2, type: pointer, on: g, at: [2, 0] }
              - { id: p3, type: pointer, on: gr, at: Z, side: inside }
              - { id: t, type: text, content: x, position: { x: 1, y: 1 } }
              - { id: p4, type: pointer, on: t, at: 0 }
              - { id: p5, type: pointer, on: gr, at: A }
            timeline:
              - { action: move-pointer, target: p5, to: Q, duration: 1s }
              - { action: move-pointer, target: p5, on: g, to: [0, 5], duration: 1s }
              - { action: move-pointer, target: p5, on: g, to: [1, 1], duration: 1s }
            """);
        Assert.Contains(doc.Errors, d => d.Path == "objects[2].on");
        Assert.Contains(doc.Errors, d => d.Path == "objects[3].at");
        Assert.Contains(doc.Errors, d => d.Path == "objects[4].at" && d.Message.Contains("(nodes: A)"));
        Assert.Contains(doc.Warnings, d => d.Path == "objects[4].side");
        Assert.Contains(doc.Errors, d => d.Path == "objects[6].on" && d.Message.Contains("a text"));
        Assert.Contains(doc.Warnings, d => d.Path == "timeline[0].to");
        Assert.Contains(doc.Warnings, d => d.Path == "timeline[1].to");
        Assert.DoesNotContain(doc.Diagnostics, d => d.Path.StartsWith("objects[7]") || d.Path.StartsWith("timeline[2]"));
    }
}
