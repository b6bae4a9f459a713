using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Pointers;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>
/// Pointers on a corner (above-left, above-right, below-left, below-right): the marker and tag stand diagonally off
/// their place, wholly in that corner's quadrant, close to it; pointers stacked on one corner do not overlap.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class PointerCornerTests
{
    // arr: five 60-wide cells (gap 4) centred on x = 400, y 100..140: cell 2 spans x 370..430.
    // grid: 2×2 cells of 60×44 centred on (400, 260): cell [1, 1] spans x 400..460, y 260..304.
    // graph: node A at (200, 330), radius 30 with a 3 px outline.
    private const string Scene = """
        meta:
          title: corners
          canvas: { width: 800, height: 500, background: "#000000" }
        objects:
          - { id: arr, type: data-structure, variant: array, position: { x: 400, y: 120 } }
          - { id: ar, type: pointer, on: arr, at: 2, side: above-right, style: { color: "#ff0000" } }
          - { id: gr, type: grid, rows: 2, cols: 2, position: { x: 400, y: 260 } }
          - { id: br, type: pointer, on: gr, at: [1, 1], side: below-right, style: { color: "#0000ff" } }
          - id: g
            type: graph
            nodes: [{ id: A, x: 200, y: 330 }]
            edges: []
          - { id: bl, type: pointer, on: g, at: A, side: below-left, style: { color: "#00ff00" } }
          - { id: bl2, type: pointer, on: g, at: A, side: below-left, style: { color: "#ff00ff" } }
          - { id: al, type: pointer, on: g, at: A, side: above-left, style: { color: "#00ffff" } }
        timeline:
          - parallel:
              - { action: fade-in, target: arr, duration: 0s }
              - { action: fade-in, target: ar, duration: 0s }
              - { action: fade-in, target: gr, duration: 0s }
              - { action: fade-in, target: br, duration: 0s }
              - { action: fade-in, target: g, duration: 0s }
              - { action: fade-in, target: bl, duration: 0s }
              - { action: fade-in, target: bl2, duration: 0s }
              - { action: fade-in, target: al, duration: 0s }
          - { action: init-cells, target: arr, values: [5, 3, 8, 1, 9], duration: 0s }
          - { action: pause, duration: 1s }
        """;

    [Fact]
    public void Every_corner_name_parses_and_is_listed()
    {
        foreach (var name in new[] { "above-left", "above-right", "below-left", "below-right" })
        {
            Assert.Contains(name, PointerSides.Names);
            Assert.True(PointerSides.Parse(name) is { } side && PointerSides.IsCorner(side), name);
        }
        Assert.All(PointerSides.Names, n => Assert.NotNull(PointerSides.Parse(n)));
        Assert.False(PointerSides.IsCorner(PointerSide.Left));
        Assert.Empty(ManifestPipeline.LoadText(Scene).Warnings);
    }

    [Fact]
    public void An_array_cell_pointer_above_right_stands_off_the_cells_top_right_corner()
    {
        using var frame = Frame(Scene, 0.5);
        var red = ColorBox(frame, Hex("#ff0000"));
        Assert.True(red.Count > 300, $"red pixels: {red.Count}");
        Assert.InRange(red.MinX, 431, 440);  // right of the cell's right edge (430), marker first
        Assert.InRange(red.MaxY, 86, 99);    // above its top (100)
        Assert.True(red.MaxX - red.MinX > 30 && red.MaxY - red.MinY > 20, $"tag {red}");
    }

    [Fact]
    public void A_grid_cell_pointer_below_right_stands_off_the_cells_bottom_right_corner()
    {
        using var frame = Frame(Scene, 0.5);
        var blue = ColorBox(frame, Hex("#0000ff"));
        Assert.True(blue.Count > 300, $"blue pixels: {blue.Count}");
        Assert.InRange(blue.MinX, 461, 470);
        Assert.InRange(blue.MinY, 305, 318);
    }

    [Fact]
    public void Node_pointers_on_corners_touch_the_circle_diagonally_and_stack_without_overlapping()
    {
        using var frame = Frame(Scene, 0.5);
        var green = ColorBox(frame, Hex("#00ff00"));
        var magenta = ColorBox(frame, Hex("#ff00ff"));
        var cyan = ColorBox(frame, Hex("#00ffff"));
        Assert.True(green.Count > 300 && magenta.Count > 300 && cyan.Count > 300, $"{green.Count} {magenta.Count} {cyan.Count}");
        // The marker's tip is on the 45° line out of the circle (outline at 31.5 px, plus the 3 px gap): x ≤ 200 − 24.4.
        Assert.InRange(green.MaxX, 170, 177);
        Assert.InRange(green.MinY, 353, 362);
        Assert.True(green.MinX < green.MaxX - 30, $"the tag runs out to the left: {green}");
        // The second pointer on that corner stacks below the first; the one above-left mirrors it above.
        Assert.True(magenta.MinY > green.MaxY, $"magenta {magenta.MinY}..{magenta.MaxY} overlaps green {green.MinY}..{green.MaxY}");
        Assert.InRange(cyan.MaxX, 170, 177);
        Assert.InRange(cyan.MaxY, 298, 307);
    }
}
