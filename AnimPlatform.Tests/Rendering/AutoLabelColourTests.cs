using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Where no style sets a label colour, labels are black or white by the fill; a set colour is kept.</summary>
[Trait("Category", TestCategory.Unit)]
public class AutoLabelColourTests
{
    private static string Scene(string graphStyle, string cellStyle) => $$"""
        meta:
          title: labels
          canvas: { width: 600, height: 300, background: "#000000" }
        objects:
          - id: g
            type: graph
            nodes: [{ id: A, label: W, x: 100, y: 100 }, { id: B, label: W, x: 250, y: 100 }]
            edges: []
            style: {{graphStyle}}
          - { id: arr, type: data-structure, variant: array, position: { x: 450, y: 100 }, style: {{cellStyle}} }
        timeline:
          - { action: fade-in, target: g, duration: 0s }
          - { action: fade-in, target: arr, duration: 0s }
          - { action: init-cells, target: arr, values: [W, W], duration: 0s }
          - { action: highlight-node, target: g, node: A, color: "#f1c40f", duration: 0s }
          - { action: highlight-cell, target: arr, index: 0, color: "#f1c40f", duration: 0s }
          - { action: pause, duration: 1s }
        """;

    private static (int Dark, int White) Ink(SKBitmap frame, int cx, int cy, int half)
    {
        int dark = 0, white = 0;
        for (var y = cy - half; y < cy + half; y++)
        for (var x = cx - half; x < cx + half; x++)
        {
            var p = frame.GetPixel(x, y);
            if (p.Red < 70 && p.Green < 70 && p.Blue < 70) dark++;
            if (p.Red > 220 && p.Green > 220 && p.Blue > 220) white++;
        }
        return (dark, white);
    }

    [Fact]
    public void Without_a_style_colour_labels_on_yellow_are_black_and_on_the_default_fill_white()
    {
        using var frame = Frame(Scene("{}", "{}"), 0.5);
        var highlighted = Ink(frame, 100, 100, 9);
        var plain = Ink(frame, 250, 100, 9);
        Assert.True(highlighted.Dark > 20 && highlighted.White == 0, $"node on yellow: {highlighted}");
        Assert.True(plain.White > 20, $"node on the default fill: {plain}");
        // Array cells: [0] highlighted yellow at x 418, [1] default at 482.
        var cell = Ink(frame, 418, 100, 8);
        var cellPlain = Ink(frame, 482, 100, 8);
        Assert.True(cell.Dark > 15 && cell.White == 0, $"cell on yellow: {cell}");
        Assert.True(cellPlain.White > 15, $"cell on the default fill: {cellPlain}");
    }

    [Fact]
    public void A_label_colour_set_in_the_style_is_kept_on_highlight()
    {
        using var frame = Frame(Scene("{ labelColor: \"#ffffff\" }", "{ textColor: \"#ffffff\" }"), 0.5);
        Assert.True(Ink(frame, 100, 100, 9).White > 20, "node label stays white as the style says");
        Assert.True(Ink(frame, 418, 100, 8).White > 15, "cell value stays white as the style says");
    }

    [Theory]
    [InlineData("#f1c40f", "#000000")]
    [InlineData("#ffff00", "#000000")]
    [InlineData("#2ecc71", "#000000")]
    [InlineData("#4a4a6a", "#ffffff")]
    [InlineData("#2d4a7a", "#ffffff")]
    [InlineData("#2a2a4a", "#ffffff")]
    public void Readable_colour_is_the_one_with_more_contrast(string fill, string expected)
    {
        Assert.True(ColorParser.TryParse(fill, out var f));
        var chosen = Contrast.ReadableOn(f);
        Assert.Equal(expected, $"#{(int)chosen.R:x2}{(int)chosen.G:x2}{(int)chosen.B:x2}");
        Assert.True(Contrast.Ratio(f, chosen) >= 4.5, $"{fill}: {Contrast.Ratio(f, chosen):F2}");
    }
}
