using AnimPlatform.Core.Manifest;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Array view: bars — heights proportional to the values, swap/set-cell/highlight animate the bars.</summary>
[Trait("Category", TestCategory.Unit)]
public class BarsPixelTests
{
    // Five 60-wide slots, gap 4, centred on x = 400: slot k at 272 + 64k. barHeight 200, baseline y = 200 + 100 = 300.
    private const string Scene = """
        meta:
          title: bars
          canvas: { width: 800, height: 450, background: "#000000" }
        objects:
          - id: arr
            type: data-structure
            variant: array
            view: bars
            position: { x: 400, y: 200 }
            style: { fillColor: "#ff0000", borderColor: "#ff0000" }
        timeline:
          - { action: fade-in, target: arr, duration: 0s }
          - { action: init-cells, target: arr, values: [5, 3, 8, 1, 10], duration: 0s }
          - { action: pause, duration: 1s }
          - { action: swap-cells, target: arr, indices: [0, 2], duration: 0.6s }
          - { action: highlight-cell, target: arr, index: 1, color: "#00ff00", duration: 0s }
          - { action: pause, duration: 1s }
          - { action: set-cell, target: arr, index: 3, value: 20, duration: 0.5s }
          - { action: pause, duration: 1s }
        """;

    /// <summary>Height of the run of bar-coloured pixels in column x, from the baseline up.</summary>
    private static int BarHeight(SKBitmap frame, int x, SKColor color)
    {
        var top = -1;
        var bottom = -1;
        for (var y = 0; y < frame.Height; y++)
        {
            var p = frame.GetPixel(x, y);
            if (Math.Abs(p.Red - color.Red) > 40 || Math.Abs(p.Green - color.Green) > 40 || Math.Abs(p.Blue - color.Blue) > 40) continue;
            if (top < 0) top = y;
            bottom = y;
        }
        return top < 0 ? 0 : bottom - top + 1;
    }

    private static int Slot(int k) => 272 + 64 * k;

    [Fact]
    public void Bar_height_is_proportional_to_its_value()
    {
        using var frame = Frame(Scene, 0.5);
        var red = Hex("#ff0000");
        int[] values = [5, 3, 8, 1, 10];
        for (var k = 0; k < values.Length; k++)
            Assert.InRange(BarHeight(frame, Slot(k), red), values[k] * 20 - 2, values[k] * 20 + 3);
        // Every bar stands on the same baseline.
        for (var k = 0; k < values.Length; k++)
            Assert.True(frame.GetPixel(Slot(k), 298).Red > 200, $"bar {k} reaches the baseline");
    }

    [Fact]
    public void Value_and_index_are_drawn_under_each_bar()
    {
        using var frame = Frame(Scene, 0.5);
        for (var k = 0; k < 5; k++)
        {
            int value = 0, index = 0;
            for (var y = 306; y < 328; y++)
            for (var x = Slot(k) - 14; x < Slot(k) + 14; x++)
                if (frame.GetPixel(x, y).Red > 180 && frame.GetPixel(x, y).Blue > 180) value++;
            for (var y = 332; y < 350; y++)
            for (var x = Slot(k) - 10; x < Slot(k) + 10; x++)
                if (frame.GetPixel(x, y).Red > 90 && frame.GetPixel(x, y).Blue > 90) index++;
            Assert.True(value > 8, $"value text under bar {k}: {value}");
            Assert.True(index > 5, $"index under bar {k}: {index}");
        }
    }

    [Fact]
    public void Swap_exchanges_the_bars_and_highlight_colours_a_bar()
    {
        using var frame = Frame(Scene, 2);
        var red = Hex("#ff0000");
        Assert.InRange(BarHeight(frame, Slot(0), red), 158, 163); // 8
        Assert.InRange(BarHeight(frame, Slot(2), red), 98, 103);  // 5
        Assert.InRange(BarHeight(frame, Slot(1), Hex("#00ff00")), 56, 66); // 3, now green
    }

    [Fact]
    public void Set_cell_to_a_larger_value_rescales_every_bar()
    {
        using var frame = Frame(Scene, 3.5);
        var red = Hex("#ff0000");
        Assert.InRange(BarHeight(frame, Slot(3), red), 197, 203);  // 20 is the new maximum
        Assert.InRange(BarHeight(frame, Slot(4), red), 98, 103);   // 10 → half
        Assert.InRange(BarHeight(frame, Slot(0), red), 78, 83);    // 8 → 80
    }

    [Fact]
    public void Unknown_view_is_a_warning_at_its_path()
    {
        var doc = ManifestPipeline.LoadText("""
            meta: { title: t, canvas: { width: 800, height: 400 } }
            objects:
              - { id: a, type: data-structure, variant: array, view: pie, position: { x: 1, y: 1 } }
            timeline: []
            """);
        Assert.Contains(doc.Warnings, d => d.Path == "objects[0].view");
    }
}
