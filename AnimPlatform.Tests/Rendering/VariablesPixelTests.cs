using AnimPlatform.Core.Manifest;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>The variables watch panel: set-var changes the value and flashes only its row; the tour show validates.</summary>
[Trait("Category", TestCategory.Unit)]
public class VariablesPixelTests
{
    // fontSize 20 → row height 32, padding 12; 2 rows → panel 88 high centred on y 200: rows centred on 172 and 204... (156 + 16, 188 + 16).
    private const string Scene = """
        meta:
          title: vars
          canvas: { width: 800, height: 400, background: "#000000" }
        objects:
          - { id: v, type: variables, position: { x: 400, y: 200 }, style: { width: 300 }, vars: { i: 0, sum: 0 } }
        timeline:
          - { action: fade-in, target: v, duration: 0s }
          - { action: pause, duration: 1s }
          - { action: set-var, target: v, name: sum, value: 12345678901234567890, duration: 1s }
          - { action: pause, duration: 1s }
        """;

    [Fact]
    public void Set_var_flashes_its_row_only_and_then_settles()
    {
        var show = Compile(Scene);
        using var flash = Frame(show, 1.3);
        var sumRow = flash.GetPixel(262, 216);
        Assert.True(sumRow.Red > 60 && sumRow.Blue < sumRow.Red, $"sum row should flash yellow, got {sumRow}");
        AssertColor(Hex("#161628"), flash.GetPixel(262, 172), tolerance: 4, what: "row i does not flash");
        using var after = Frame(show, 2.5);
        AssertColor(Hex("#161628"), after.GetPixel(262, 216), tolerance: 4, what: "flash is over");
    }

    [Fact]
    public void A_long_value_widens_the_panel_instead_of_overflowing()
    {
        var show = Compile(Scene);
        using var before = Frame(show, 0.5);
        using var after = Frame(show, 2.5);
        AssertColor(Hex("#000000"), before.GetPixel(600, 200), what: "right of the narrow panel");
        AssertColor(Hex("#161628"), after.GetPixel(600, 172), tolerance: 4, what: "the panel now reaches x = 600");
    }

    [Fact]
    public void The_vocabulary_tour_show_validates_without_warnings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnimPlatform.sln"))) dir = dir.Parent;
        var doc = ManifestPipeline.LoadFile(Path.Combine(dir!.FullName, "docs", "examples", "vocabulary-tour.yaml"));
        Assert.Empty(doc.Diagnostics.Select(d => d.ToString()));
        var show = Compile(File.ReadAllText(Path.Combine(dir.FullName, "docs", "examples", "vocabulary-tour.yaml")));
        Assert.Empty(show.Warnings.Select(w => w.ToString()));
    }
}
