using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>The grid kind: cell geometry, values, highlight/clear, and arrows that end at the destination cell's edge.</summary>
[Trait("Category", TestCategory.Unit)]
public class GridPixelTests
{
    // 3 × 4 cells of 60 × 44 centred on (400, 200): x 280..520, y 134..266; cell [2, 3] is centred on (490, 244).
    private const string Scene = """
        meta:
          title: grid
          canvas: { width: 800, height: 400, background: "#000000" }
        objects:
          - id: g
            type: grid
            rows: 3
            cols: 4
            position: { x: 400, y: 200 }
            rowHeaders: ["", A, B]
            colHeaders: ["", X, Y, Z]
            values: [[0, 0, 0, 0], [0, 1, 1, 1]]
        timeline:
          - { action: fade-in, target: g, duration: 0s }
          - { action: set-grid-cell, target: g, cell: [2, 3], value: "7", duration: 0s }
          - { action: highlight-grid-cell, target: g, cell: [2, 3], color: "#ff0000", duration: 0s }
          - { action: grid-arrow, target: g, from: [1, 2], to: [2, 3], color: "#00ff00", duration: 0s }
          - { action: pause, duration: 1s }
          - { action: clear-grid-cell, target: g, cell: [2, 3], duration: 0s }
          - { action: pause, duration: 1s }
        """;

    [Fact]
    public void Highlighted_cell_is_at_its_row_and_column_and_shows_its_value()
    {
        using var frame = Frame(Scene, 0.5);
        var (x, y, n) = Centroid(frame, Hex("#ff0000"), 10);
        Assert.True(n > 1000, $"red cell pixels: {n}");
        Assert.InRange(x, 487, 493);
        Assert.InRange(y, 241, 247);
        // The value "7" is drawn inside the red cell, in black: no textColor is set, and black reads better on red (5.3:1) than white (4:1).
        var dark = 0;
        for (var py = 234; py < 254; py++)
        for (var px = 480; px < 500; px++)
            if (frame.GetPixel(px, py) is { Red: < 60, Green: < 60, Blue: < 60 }) dark++;
        Assert.True(dark > 15, $"dark value pixels in the cell: {dark}");
    }

    [Fact]
    public void Initial_values_are_drawn_in_their_cells()
    {
        using var frame = Frame(Scene, 0.5);
        static int Bright(SkiaSharp.SKBitmap f, int cx, int cy)
        {
            var count = 0;
            for (var y = cy - 10; y < cy + 10; y++)
            for (var x = cx - 10; x < cx + 10; x++)
                if (f.GetPixel(x, y) is { Red: > 200, Green: > 200 }) count++;
            return count;
        }
        Assert.True(Bright(frame, 370, 200) > 10, "value 1 at [1, 1]");
        Assert.True(Bright(frame, 370, 244) == 0, "[2, 1] has no value");
    }

    [Fact]
    public void Arrow_ends_at_the_edge_of_the_destination_cell()
    {
        using var frame = Frame(Scene, 0.5);
        var maxX = 0;
        var maxY = 0;
        for (var y = 0; y < frame.Height; y++)
        for (var x = 0; x < frame.Width; x++)
            if (frame.GetPixel(x, y) is { Green: > 200, Red: < 80, Blue: < 80 })
            {
                maxX = Math.Max(maxX, x);
                maxY = Math.Max(maxY, y);
            }
        // From [1, 2] (430, 200) towards [2, 3] (490, 244): the tip stops on the cell's outline at x = 460 (or y = 222).
        Assert.InRange(maxX, 452, 462);
        Assert.InRange(maxY, 214, 224);
    }

    [Fact]
    public void Clear_grid_cell_restores_the_grid_fill()
    {
        using var frame = Frame(Scene, 1.5);
        AssertColor(Hex("#2a2a4a"), frame.GetPixel(470, 256), what: "cleared cell fill");
    }
}
