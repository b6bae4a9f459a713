using AnimPlatform.Core.Manifest;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Stack <c>orientation: vertical</c>: a column with the top at the top; push drops in, pop lifts away; swap crosses sideways.</summary>
[Trait("Category", TestCategory.Unit)]
public class VerticalStackPixelTests
{
    // Cells 60 × 40, gap 4: slot k's centre at y = 300 − 44k (the position is the bottom cell's centre).
    private static string Scene(string orientation) => $$"""
        meta:
          title: stack
          canvas: { width: 400, height: 400, background: "#000000" }
        objects:
          - id: s
            type: data-structure
            variant: stack
            {{orientation}}
            position: { x: 200, y: 300 }
            style: { fillColor: "#ff0000", borderColor: "#ff0000", textColor: "#ff0000" }
        timeline:
          - { action: fade-in, target: s, duration: 0s }
          - { action: push, target: s, values: [1, 2, 3], duration: 0.9s }
          - { action: pause, duration: 1s }
          - { action: pop, target: s, duration: 0.6s }
          - { action: pause, duration: 1s }
          - { action: highlight-cell, target: s, index: 1, color: "#00ff00", duration: 0s }
          - { action: pause, duration: 0.5s }
          - { action: swap-cells, target: s, indices: [0, 1], duration: 0.9s }
          - { action: pause, duration: 1s }
        """;

    private static readonly SKColor Red = Hex("#ff0000");

    /// <summary>Red rows in column x = 200 (the column's centre line).</summary>
    private static List<int> RedRows(SKBitmap frame, int x = 200) =>
        Enumerable.Range(0, frame.Height).Where(y => Near(frame.GetPixel(x, y), Red)).ToList();

    private static bool Near(SKColor p, SKColor c) =>
        Math.Abs(p.Red - c.Red) < 40 && Math.Abs(p.Green - c.Green) < 40 && Math.Abs(p.Blue - c.Blue) < 40;

    [Fact]
    public void Pushed_cells_stand_in_a_column_with_the_top_at_the_top()
    {
        using var frame = Frame(Scene("orientation: vertical"), 1.5);
        var rows = RedRows(frame);
        // Three 40-tall cells: from the top of slot 2 (300 − 88 − 20 = 192) to the bottom of slot 0 (320).
        Assert.InRange(rows.Min(), 191, 194);
        Assert.InRange(rows.Where(y => y < 322).Max(), 318, 321);
        Assert.Contains(325, rows); // the floor line under the bottom cell
        // Gaps between the cells, and nothing red beside the column (it is one cell wide).
        Assert.DoesNotContain(rows, y => y is 234 or 278);
        Assert.Empty(Enumerable.Range(0, 400).Where(x => x is < 165 or > 235).Where(x => Near(frame.GetPixel(x, 300), Red)));
        // The top cell is the last value pushed: the green highlight later lands on index 1, the middle one.
        using var lit = Frame(Scene("orientation: vertical"), 3.8);
        var (_, gy, n) = Centroid(lit, Hex("#00ff00"), 40);
        Assert.True(n > 500);
        Assert.InRange(gy, 300 - 44 - 3, 300 - 44 + 3);
    }

    [Fact]
    public void Push_drops_the_cell_in_from_above_and_pop_lifts_it_away()
    {
        var show = Compile(Scene("orientation: vertical"));
        // Halfway through the third push (0.6 – 0.9 s) the new cell is above its slot (centre 212) and small.
        using (var mid = Frame(show, 0.75))
        {
            var top = RedRows(mid).Min();
            Assert.True(top < 192 - 10, $"the third cell comes from above: top row {top}");
        }
        // Halfway through the pop (1.9 – 2.2 s shrinking) the top cell has risen.
        using (var popping = Frame(show, 2.1))
        {
            var above = RedRows(popping).Where(y => y < 230).ToList();
            Assert.NotEmpty(above);
            Assert.True(above.Average() < 212, $"the popped cell rises: {above.Average()}");
        }
        using var after = Frame(show, 3.0);
        Assert.InRange(RedRows(after).Min(), 234, 238); // two cells left: the top of slot 1 at 236
    }

    [Fact]
    public void Swap_in_a_column_moves_the_cells_sideways_and_along_the_column()
    {
        var show = Compile(Scene("orientation: vertical"));
        using var mid = Frame(show, 4.45); // the crossing third of the swap
        var (gx, _, n) = Centroid(mid, Hex("#00ff00"), 40);
        Assert.True(n > 200);
        Assert.True(Math.Abs(gx - 200) > 40, $"the lifted cell is beside the column: x {gx}");
        using var end = Frame(show, 5.5);
        var (_, gy, _) = Centroid(end, Hex("#00ff00"), 40);
        Assert.InRange(gy, 297, 303); // the highlighted cell is now at the bottom
    }

    [Fact]
    public void The_default_orientation_keeps_the_horizontal_row()
    {
        var plain = Compile(Scene(""));
        var horizontal = Compile(Scene("orientation: horizontal"));
        foreach (var t in new[] { 0.75, 1.5, 2.1, 4.45, 5.5 })
        {
            using var a = Frame(plain, t);
            using var b = Frame(horizontal, t);
            Assert.Equal(Hash(a), Hash(b));
        }
        using var row = Frame(plain, 1.5);
        // A row: red across x (three cells of 60 centred on 200), on y = 300 only.
        Assert.True(Near(row.GetPixel(140, 300), Red) && Near(row.GetPixel(260, 300), Red));
        Assert.False(Near(row.GetPixel(200, 230), Red));
    }

    [Fact]
    public void Orientation_is_validated_with_its_path()
    {
        var bad = ManifestPipeline.LoadText(Scene("orientation: diagonal"));
        Assert.Contains(bad.Warnings, w => w.Path == "objects[0].orientation" && w.Message.Contains("horizontal or vertical"));
        var queue = ManifestPipeline.LoadText(Scene("orientation: vertical").Replace("variant: stack", "variant: queue"));
        Assert.Contains(queue.Warnings, w => w.Path == "objects[0].orientation" && w.Message.Contains("applies to a stack"));
    }
}
