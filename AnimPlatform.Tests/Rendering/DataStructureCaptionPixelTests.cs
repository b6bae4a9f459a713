using AnimPlatform.Core.Manifest;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>
/// Data-structure <c>caption</c> (text above the row, "" none) and style <c>captionSize</c> / <c>indexSize</c>:
/// without them the spec's "Array" caption at 14 px and 11 px <c>[i]</c> labels are drawn where they always were.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class DataStructureCaptionPixelTests
{
    // Three black cells 60 × 40 (gap 4) centred on (200, 200): x 106–294, y 180–220. Only the caption
    // (above y 180) and the index labels (below y 220) are not black.
    private static string Scene(string fields = "", string style = "", string view = "cells", string pointer = "") => $$"""
        meta:
          title: caption
          canvas: { width: 400, height: 400, background: "#000000" }
        objects:
          - id: a
            type: data-structure
            variant: array
            view: {{view}}
            position: { x: 200, y: 200 }
            {{fields}}
            style: { fillColor: "#000000", borderColor: "#000000", textColor: "#000000", barHeight: 40{{style}} }
          {{pointer}}
        timeline:
          - { action: fade-in, target: a, duration: 0s }
          - { action: init-cells, target: a, values: [1, 2, 3], duration: 0s }
          - { action: pause, duration: 1s }
        """;

    /// <summary>The ink (bright pixels) in rows <paramref name="fromY"/> … <paramref name="toY"/>: its bounding box, or null.</summary>
    private static (int Left, int Top, int Right, int Bottom)? Ink(SKBitmap frame, int fromY, int toY)
    {
        int l = int.MaxValue, t = int.MaxValue, r = -1, b = -1;
        for (var y = Math.Max(0, fromY); y <= Math.Min(frame.Height - 1, toY); y++)
        for (var x = 0; x < frame.Width; x++)
        {
            var p = frame.GetPixel(x, y);
            if (p.Red + p.Green + p.Blue < 150) continue;
            (l, t, r, b) = (Math.Min(l, x), Math.Min(t, y), Math.Max(r, x), Math.Max(b, y));
        }
        return r < 0 ? null : (l, t, r, b);
    }

    [Fact]
    public void Without_the_extensions_the_array_caption_and_index_labels_are_the_spec_defaults()
    {
        using var frame = Frame(Scene(), 0.5);
        var caption = Ink(frame, 0, 179);
        var index = Ink(frame, 221, 399);
        Assert.NotNull(caption);
        Assert.NotNull(index);
        // "Array" at 14 px centred 40 px above the row's centre; [i] at 11 px centred 16 px under the cells.
        Assert.InRange((caption.Value.Top + caption.Value.Bottom) / 2.0, 156, 163);
        Assert.InRange(caption.Value.Bottom - caption.Value.Top, 8, 15);
        Assert.InRange((index.Value.Top + index.Value.Bottom) / 2.0, 232, 240);
        Assert.InRange(index.Value.Bottom - index.Value.Top, 6, 13);
    }

    [Fact]
    public void An_empty_caption_draws_none_and_a_caption_text_replaces_the_variant_name()
    {
        using var none = Frame(Scene("caption: \"\""), 0.5);
        Assert.Null(Ink(none, 0, 179));
        Assert.NotNull(Ink(none, 221, 399)); // the index labels stay

        using var named = Frame(Scene("caption: \"Distances to every node\""), 0.5);
        using var plain = Frame(Scene(), 0.5);
        var wide = Ink(named, 0, 179)!.Value;
        var array = Ink(plain, 0, 179)!.Value;
        Assert.True(wide.Right - wide.Left > 3 * (array.Right - array.Left), $"caption ink {wide.Right - wide.Left} px vs \"Array\" {array.Right - array.Left} px");
    }

    [Fact]
    public void Caption_size_draws_it_larger_just_clear_of_the_cells()
    {
        using var frame = Frame(Scene(style: ", captionSize: 28"), 0.5);
        var caption = Ink(frame, 0, 179)!.Value;
        Assert.InRange(caption.Bottom - caption.Top, 18, 30); // about twice the 14 px caption
        Assert.InRange(caption.Bottom, 166, 178);              // its gap to the cells' top (180) is a few pixels
    }

    [Fact]
    public void Index_size_draws_the_labels_larger_just_under_the_cells_and_a_pointer_below_them()
    {
        using var frame = Frame(Scene(style: ", indexSize: 24"), 0.5);
        var index = Ink(frame, 221, 399)!.Value;
        Assert.InRange(index.Bottom - index.Top, 16, 28);
        Assert.InRange(index.Top, 222, 232);
        var pointer = "- { id: p, type: pointer, on: a, at: 1, label: i, side: below }";
        using var pointed = Frame(Scene(style: ", indexSize: 24", pointer: pointer).Replace("duration: 0s }\n  - { action: pause", "duration: 0s }\n  - { action: fade-in, target: p, duration: 0s }\n  - { action: pause"), 0.5);
        Assert.NotNull(Ink(pointed, index.Bottom + 1, 399)); // the pointer is drawn under the labels …
        var covered = 0;                                        // … and leaves the labels' rows as they were
        for (var y = index.Top; y <= index.Bottom; y++)
        for (var x = 0; x < 400; x++)
            if (pointed.GetPixel(x, y) != frame.GetPixel(x, y)) covered++;
        Assert.True(covered == 0, $"the pointer covers {covered} pixels of the index labels (rows {index.Top}–{index.Bottom})");
    }

    [Fact]
    public void Value_size_draws_the_cell_values_larger()
    {
        static string White(string scene) => scene.Replace("textColor: \"#000000\"", "textColor: \"#ffffff\"");
        using var plain = Frame(White(Scene()), 0.5);
        using var large = Frame(White(Scene(style: ", valueSize: 30")), 0.5);
        var small = Ink(plain, 181, 219)!.Value;
        var big = Ink(large, 181, 219)!.Value;
        Assert.InRange(small.Bottom - small.Top, 8, 14);  // 16 px digits
        Assert.InRange(big.Bottom - big.Top, 18, 26);     // 30 px digits
    }

    [Fact]
    public void Bars_view_index_size_puts_the_labels_under_the_values()
    {
        // The values are drawn white here (the cells' black text colour would hide them).
        using var plain = Frame(Scene(view: "bars").Replace("textColor: \"#000000\"", "textColor: \"#ffffff\""), 0.5);
        using var large = Frame(Scene(view: "bars", style: ", indexSize: 22").Replace("textColor: \"#000000\"", "textColor: \"#ffffff\""), 0.5);
        // Bars stand on y 220 (barHeight 40); values at 236, index labels under them.
        var small = Ink(plain, 248, 399)!.Value;
        var big = Ink(large, 248, 399)!.Value;
        Assert.True(big.Bottom - big.Top > small.Bottom - small.Top + 4, $"index ink {big.Bottom - big.Top} vs {small.Bottom - small.Top} px");
        var values = Ink(large, 221, 247);
        Assert.True(values is { } v && v.Bottom < big.Top - 2, $"the labels ({big.Top}–{big.Bottom}) are under the values ({values})");
    }

    [Theory]
    [InlineData("caption: 5", "", "objects[0].caption")]
    [InlineData("", ", captionSize: -3", "objects[0].style.captionSize")]
    [InlineData("", ", indexSize: big", "objects[0].style.indexSize")]
    [InlineData("", ", valueSize: 0", "objects[0].style.valueSize")]
    public void A_bad_caption_or_size_is_a_warning_with_its_path(string fields, string style, string path)
    {
        var doc = ManifestPipeline.LoadText(Scene(fields, style));
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Assert.Contains(doc.Warnings, w => w.Path == path);
        Assert.Empty(ManifestPipeline.LoadText(Scene("caption: Buckets", ", captionSize: 20, indexSize: 18")).Warnings);
    }
}
