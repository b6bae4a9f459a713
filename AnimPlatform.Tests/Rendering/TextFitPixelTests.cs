using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Text <c>maxWidth</c> wraps; a label too wide for its circle or cell shrinks to fit, and one that cannot is a lint warning with its path.</summary>
[Trait("Category", TestCategory.Unit)]
public class TextFitPixelTests
{
    private const string Paragraph = "one two three four five six seven eight";

    private static string TextScene(string maxWidth) => $$"""
        meta: { title: wrap, canvas: { width: 800, height: 400, background: "#000000" } }
        objects:
          - { id: t, type: text, content: "{{Paragraph}}", position: { x: 400, y: 200 }, {{maxWidth}} style: { font: "30px sans-serif", color: "#ffffff" } }
        timeline:
          - { action: fade-in, target: t, duration: 0s }
          - { action: pause, duration: 1s }
          - { action: set-text, target: t, value: "a much longer replacement text that also has to wrap" }
          - { action: pause, duration: 1s }
        """;

    /// <summary>The bounding box of the pixels brighter than the threshold (channel max).</summary>
    private static (int Left, int Top, int Right, int Bottom) Ink(SKBitmap frame, Func<SKColor, bool> lit, int fromX = 0, int toX = int.MaxValue)
    {
        int l = int.MaxValue, t = int.MaxValue, r = -1, b = -1;
        for (var y = 0; y < frame.Height; y++)
        for (var x = fromX; x < Math.Min(toX, frame.Width); x++)
            if (lit(frame.GetPixel(x, y)))
            {
                l = Math.Min(l, x); r = Math.Max(r, x); t = Math.Min(t, y); b = Math.Max(b, y);
            }
        return (l, t, r, b);
    }

    private static bool White(SKColor p) => p.Red > 128 && p.Green > 128 && p.Blue > 128;

    [Fact]
    public void Max_width_wraps_the_text_into_lines_no_wider_than_it_and_set_text_wraps_too()
    {
        using var free = Frame(TextScene(""), 0.5);
        var one = Ink(free, White);
        Assert.True(one.Right - one.Left > 400, $"unwrapped: {one.Right - one.Left} px");
        Assert.True(one.Bottom - one.Top < 36, "one line");

        using var wrapped = Frame(TextScene("maxWidth: 200,"), 0.5);
        var box = Ink(wrapped, White);
        Assert.InRange(box.Right - box.Left, 100, 200);
        Assert.True(box.Bottom - box.Top > 3 * 30, $"three or more lines: {box.Bottom - box.Top} px tall");
        Assert.InRange((box.Left + box.Right) / 2.0, 385, 415); // still centred on its position

        using var replaced = Frame(TextScene("maxWidth: 200,"), 1.5);
        var after = Ink(replaced, White);
        Assert.InRange(after.Right - after.Left, 100, 200);
        Assert.True(after.Bottom - after.Top > box.Bottom - box.Top, "the longer text has more lines");
    }

    [Fact]
    public void Max_width_must_be_positive()
    {
        var error = Assert.Single(ManifestPipeline.LoadText(TextScene("maxWidth: -5,")).Errors);
        Assert.Equal("objects[0].maxWidth", error.Path);
        Assert.Contains("positive", error.Message);
        Assert.Contains(ManifestPipeline.LoadText(TextScene("maxWidth: wide,")).Warnings, w => w.Path == "objects[0].maxWidth");
    }

    // Red node fill, white label: a label of 6 wide characters in a 30 px circle (20 px bold mono is ~72 px wide).
    private static string NodeScene(string label, string cellValue = "7") => $$"""
        meta: { title: fit, canvas: { width: 800, height: 400, background: "#000000" } }
        objects:
          - id: g
            type: graph
            nodes: [ { id: A, label: "{{label}}", x: 200, y: 200 } ]
            edges: []
            style: { nodeColor: "#ff0000", nodeStroke: "#ff0000", labelColor: "#ffffff" }
          - { id: d, type: data-structure, variant: array, position: { x: 600, y: 200 }, style: { fillColor: "#0000ff", borderColor: "#0000ff", textColor: "#ffffff" } }
        timeline:
          - { parallel: [ { action: fade-in, target: g, duration: 0s }, { action: fade-in, target: d, duration: 0s } ] }
          - { action: init-cells, target: d, values: ["{{cellValue}}"], duration: 0s }
          - { action: pause, duration: 1s }
        """;

    [Fact]
    public void A_label_too_wide_for_its_circle_shrinks_to_fit_inside_it()
    {
        using var frame = Frame(NodeScene("ABCDEF"), 0.5);
        var ink = Ink(frame, White, 100, 300);
        // Inside the circle's chord (60 px wide at the centre), centred on the node.
        Assert.True(ink.Right - ink.Left <= 58, $"label ink {ink.Right - ink.Left} px wide");
        Assert.True(ink.Right - ink.Left > 35, "and not shrunk more than needed");
        Assert.InRange((ink.Left + ink.Right) / 2.0, 196, 204);
        Assert.True(ink.Left > 170 && ink.Right < 230);

        // A short label keeps its size: the same pixels as before fitting existed (the 20 px default).
        using var a = Frame(NodeScene("AB"), 0.5);
        var ab = Ink(a, White, 100, 300);
        Assert.InRange(ab.Right - ab.Left, 20, 26); // two 12 px characters at 20 px
    }

    [Fact]
    public void A_cell_value_too_wide_for_its_cell_shrinks_to_fit()
    {
        using var frame = Frame(NodeScene("A", "1234567"), 0.5);
        var cell = Ink(frame, p => p.Blue > 200 && p.Red < 60);
        Assert.True(cell.Right - cell.Left is >= 58 and <= 64, $"the 60 px cell: {cell.Right - cell.Left}");
        // White ink on the cell (to the right of the node) stays inside it.
        var value = Enumerable.Range(500, 200).Where(x => Enumerable.Range(180, 40).Any(y => White(frame.GetPixel(x, y)))).ToList();
        Assert.True(value.Min() > cell.Left && value.Max() < cell.Right, $"value {value.Min()}–{value.Max()} inside cell {cell.Left}–{cell.Right}");
        Assert.True(value.Max() - value.Min() > 35);
    }

    [Fact]
    public void A_label_that_cannot_fit_even_shrunk_is_a_lint_warning_with_its_path()
    {
        var fits = LayoutLint.Run(ManifestPipeline.LoadText(NodeScene("ABCDEF")));
        Assert.DoesNotContain(fits, w => w.Check == "text-too-wide");
        var warnings = LayoutLint.Run(ManifestPipeline.LoadText(NodeScene("ABCDEFGHIJKL")));
        var warning = Assert.Single(warnings, w => w.Check == "text-too-wide");
        Assert.Equal("objects[0]", warning.Path);
        Assert.Contains("even shrunk to 12 px", warning.Message);
    }
}
