using AnimPlatform.Core.Rendering.Code;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>The code panel: highlight band on the right line, dimming, set-code resizing, syntax roles.</summary>
[Trait("Category", TestCategory.Unit)]
public class CodePanelPixelTests
{
    // fontSize 20 → line height 30, padding 12; 4 lines → panel 144 high, top at 200 − 72 = 128; width 400 → x 200..600.
    private const string Scene = """
        meta:
          title: code
          canvas: { width: 800, height: 400, background: "#000000" }
        objects:
          - id: c
            type: code
            position: { x: 400, y: 200 }
            style: { width: 400 }
            code: ["x = 1", "y = 2", "z = 3", "w = 4"]
        timeline:
          - { action: fade-in, target: c, duration: 0s }
          - { action: highlight-line, target: c, line: 3, duration: 0s }
          - { action: pause, duration: 1s }
          - { action: highlight-line, target: c, line: [1, 2], color: "#ff0000", duration: 0s }
          - { action: pause, duration: 1s }
          - { action: clear-highlight, target: c, duration: 0s }
          - { action: pause, duration: 1s }
          - { action: set-code, target: c, code: "return 0", duration: 0s }
          - { action: pause, duration: 1s }
        """;

    private static double LineCentre(int line) => 128 + 12 + (line - 0.5) * 30;

    [Fact]
    public void Highlight_band_is_behind_the_named_line_only()
    {
        var show = Compile(Scene);
        using var frame = Frame(show, 0.5);
        // #f1c40f at 28 % over the panel fill #161628.
        AssertColor(new SkiaSharp.SKColor(83, 71, 33), frame.GetPixel(590, (int)LineCentre(3)), tolerance: 4, what: "band on line 3");
        foreach (var other in new[] { 1, 2, 4 })
            AssertColor(Hex("#161628"), frame.GetPixel(590, (int)LineCentre(other)), what: $"line {other} not banded");
    }

    [Fact]
    public void A_range_is_banded_in_its_colour_and_clear_highlight_removes_it()
    {
        var show = Compile(Scene);
        using var range = Frame(show, 1.5);
        foreach (var line in new[] { 1, 2 })
        {
            var p = range.GetPixel(590, (int)LineCentre(line));
            Assert.True(p.Red > 70 && p.Green < 40, $"line {line} should be banded red, got {p}");
        }
        AssertColor(Hex("#161628"), range.GetPixel(590, (int)LineCentre(3)), what: "line 3 after the band moved");
        using var cleared = Frame(show, 2.5);
        foreach (var line in new[] { 1, 2, 3, 4 })
            AssertColor(Hex("#161628"), cleared.GetPixel(590, (int)LineCentre(line)), what: $"line {line} after clear");
    }

    [Fact]
    public void Other_lines_dim_while_a_line_is_highlighted()
    {
        var show = Compile(Scene);
        static int Brightest(SkiaSharp.SKBitmap f, int y) =>
            Enumerable.Range(230, 100).Max(x => { var p = f.GetPixel(x, y); return p.Red + p.Green + p.Blue; });
        using var highlighted = Frame(show, 0.5);
        using var cleared = Frame(show, 2.5);
        var line1 = (int)LineCentre(1);
        Assert.True(Brightest(highlighted, line1) < 0.7 * Brightest(cleared, line1), "line 1 should be dimmed while line 3 is highlighted");
    }

    [Fact]
    public void Set_code_resizes_the_panel_to_the_new_code()
    {
        using var frame = Frame(Compile(Scene), 3.5);
        // One line: panel 54 high centred on y = 200 → 173..227.
        AssertColor(Hex("#000000"), frame.GetPixel(400, 140), what: "above the shrunk panel");
        AssertColor(Hex("#161628"), frame.GetPixel(590, 200), what: "inside the shrunk panel");
    }

    [Theory]
    [InlineData("python", "for x in xs:  # loop", "for", "# loop")]
    [InlineData("java", "int n = 0; // count", "int", "// count")]
    [InlineData("c", "return 0; /* done */", "return", "/* done */")]
    [InlineData("cpp", "while (k) { k--; } // spin", "while", "// spin")]
    [InlineData("csharp", "var s = \"hi\"; // greet", "var", "// greet")]
    [InlineData("javascript", "var n = 10; // ten", "var", "// ten")]
    [InlineData("pseudocode", "if A[i] > max then // new max", "if", "// new max")]
    public void Every_language_colours_keywords_and_comments(string language, string line, string keyword, string comment)
    {
        var runs = SyntaxColorizer.Colorize(line, language).Single();
        Assert.Contains(runs, r => r.Role == TokenRole.Keyword && r.Text.Trim() == keyword);
        Assert.Contains(runs, r => r.Role == TokenRole.Comment && r.Text.Trim() == comment);
        Assert.Equal(line, string.Concat(runs.Select(r => r.Text)));
    }
}
