using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Objects;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Tests.Rendering;

/// <summary>The exact algorithms the spec prescribes: tree layout, text morph, font shorthand, colours.</summary>
[Trait("Category", TestCategory.Unit)]
public class AlgorithmTests
{
    [Fact]
    public void Tree_layout_matches_the_spec_example()
    {
        var children = new Dictionary<string, TreeLayout.Children>
        {
            ["50"] = new() { Left = "30", Right = "70" },
            ["30"] = new() { Left = "20", Right = "40" },
            ["70"] = new(),
            ["20"] = new(),
            ["40"] = new(),
        };
        var pos = TreeLayout.Compute("50", children, 100, 60, 30);
        Assert.Equal((0.0, 0.0), pos["50"]);
        Assert.Equal((-180.0, 100.0), pos["30"]);
        Assert.Equal((180.0, 100.0), pos["70"]);
        Assert.Equal((-300.0, 200.0), pos["20"]);
        Assert.Equal((-60.0, 200.0), pos["40"]);
    }

    [Fact]
    public void Tree_layout_survives_cycles()
    {
        var children = new Dictionary<string, TreeLayout.Children>
        {
            ["a"] = new() { Left = "b" },
            ["b"] = new() { Left = "a" },
        };
        var pos = TreeLayout.Compute("a", children, 100, 60, 30);
        Assert.Equal(2, pos.Count);
    }

    [Theory]
    [InlineData("abc", "abcdef", 0.0, "abc")]
    [InlineData("abc", "abcdef", 1.0, "abcdef")]
    [InlineData("abc", "xyzdef", 0.5, "xyzde")]
    [InlineData("hello", "hi", 0.5, "hell")]
    public void Text_morph_follows_the_reference_rule(string from, string to, double p, string expected) =>
        Assert.Equal(expected, TextMorph.At(from, to, p));

    [Theory]
    [InlineData("bold 36px sans-serif", 36, true, "sans-serif")]
    [InlineData("22px monospace", 22, false, "monospace")]
    [InlineData("italic 14px Georgia, serif", 14, false, "Georgia, serif")]
    [InlineData("bold", 20, true, "sans-serif")]
    [InlineData(null, 20, false, "sans-serif")]
    public void Font_shorthand_is_parsed(string? text, double size, bool bold, string family) =>
        Assert.Equal(new FontSpec(size, bold, family), FontSpec.Parse(text));

    [Theory]
    [InlineData("#fff", 255, 255, 255, 1)]
    [InlineData("#e74c3c", 231, 76, 60, 1)]
    [InlineData("#00000080", 0, 0, 0, 128 / 255.0)]
    [InlineData("red", 255, 0, 0, 1)]
    [InlineData("rgb(10, 20, 30)", 10, 20, 30, 1)]
    [InlineData("rgba(10,20,30,0.5)", 10, 20, 30, 0.5)]
    [InlineData("hsl(120, 100%, 50%)", 0, 255, 0, 1)]
    public void Colours_parse(string text, double r, double g, double b, double a)
    {
        Assert.True(ColorParser.TryParse(text, out var c));
        Assert.Equal(r, c.R, 6);
        Assert.Equal(g, c.G, 6);
        Assert.Equal(b, c.B, 6);
        Assert.Equal(a, c.A, 6);
    }

    [Theory]
    [InlineData("$visited")]
    [InlineData("#12")]
    [InlineData("notacolour")]
    [InlineData("")]
    public void Bad_colours_are_refused(string text) => Assert.False(ColorParser.TryParse(text, out _));

    [Fact]
    public void Lch_interpolation_keeps_endpoints_and_takes_the_short_hue_arc()
    {
        ColorParser.TryParse("#ff0000", out var red);
        ColorParser.TryParse("#0000ff", out var blue);
        var start = LchInterpolator.Lerp(red, blue, 0);
        var end = LchInterpolator.Lerp(red, blue, 1);
        Assert.Equal(red, start);
        Assert.Equal(blue, end);
        var mid = LchInterpolator.Lerp(red, blue, 0.5);
        Assert.True(mid.R > 100 && mid.B > 100 && mid.G < 60, $"red→blue midpoint should be purple-ish, got {mid}");
        var grey = LchInterpolator.Lerp(new Rgba(0, 0, 0), new Rgba(255, 255, 255), 0.5);
        Assert.InRange(grey.R, 115, 125); // L* 50 ≈ sRGB 119
        Assert.Equal(grey.R, grey.G, 0);
    }
}
