using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Tools.Fuzz;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 1: the colour parser is linear and bounded; colours are checked at validation with their paths.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ColourHardeningTests
{
    [Theory]
    [InlineData("#fff", 255, 255, 255)]
    [InlineData("#102030", 16, 32, 48)]
    [InlineData("red", 255, 0, 0)]
    [InlineData("rgb(1, 2, 3)", 1, 2, 3)]
    [InlineData("  RGB( 1 2 3 ) ", 1, 2, 3)]
    [InlineData("rgba(10,20,30,0.5)", 10, 20, 30)]
    [InlineData("rgb(100% 0% 0% / 50%)", 255, 0, 0)]
    [InlineData("hsl(120deg, 100%, 50%)", 0, 255, 0)]
    [InlineData("hsla(0, 100%, 50%, 1)", 255, 0, 0)]
    public void SpecFormsStillParse(string text, int r, int g, int b)
    {
        Assert.True(ColorParser.TryParse(text, out var c));
        Assert.Equal((r, g, b), ((int)Math.Round(c.R), (int)Math.Round(c.G), (int)Math.Round(c.B)));
    }

    [Theory]
    [InlineData("rgb((1,2,3)")]
    [InlineData("rgb(1,2,3))")]
    [InlineData("rgb (1,2,3)")]
    [InlineData("rgbx(1,2,3)")]
    [InlineData("rgb(1,2)")]
    [InlineData("rgb(1,2,3,4,5)")]
    public void MalformedFunctionsAreRefused(string text) => Assert.False(ColorParser.TryParse(text, out _));

    [Fact]
    public void TheStallingColourIsRefusedAndOverLongTextIsNeverParsed()
    {
        Assert.False(ColorParser.TryParse(PathologicalStrings.ColourStall(8000), out _));
        Assert.False(ColorParser.TryParse(PathologicalStrings.ColourStall(1_500_000), out _));
        Assert.False(ColorParser.TryParse("rgb(1,2," + new string('0', ColorParser.MaxLength) + "3)", out _));
        Assert.True(ColorParser.TryParse(new string(' ', 10_000) + "#fff" + new string(' ', 10_000), out _)); // surrounding blanks are trimmed
    }

    [Fact]
    public void OverLongColourIsAnErrorWithItsPath()
    {
        var doc = HardeningManifests.Scene(background: PathologicalStrings.ColourStall(8000));
        ((System.Text.Json.Nodes.JsonObject)doc["objects"]![0]!["style"]!)["nodeColor"] = "rgb(" + new string(' ', 300) + "1,2,3)";
        var d = ManifestPipeline.FromNode(doc).Diagnostics;
        Assert.Contains(d, x => x.IsError && x.Path == "meta.canvas.background" && x.Message.Contains($"at most {ColorParser.MaxLength}"));
        Assert.Contains(d, x => x.IsError && x.Path == "objects[0].style.nodeColor");
    }

    [Fact]
    public void UnparseableColoursAreWarningsWithPathsInScenesPalettesAndActions()
    {
        var scene = HardeningManifests.Scene();
        ((System.Text.Json.Nodes.JsonObject)scene["meta"]!)["palette"] = new System.Text.Json.Nodes.JsonObject { ["hot"] = "not-a-colour" };
        scene["timeline"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["action"] = "highlight-node", ["target"] = "g", ["node"] = "a", ["color"] = "rgb(1,2)", ["duration"] = "1s" });
        scene["timeline"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["action"] = "set-style", ["target"] = "g", ["style"] = new System.Text.Json.Nodes.JsonObject { ["edgeColor"] = "blurple" }, ["duration"] = "1s" });
        var d = ManifestPipeline.FromNode(HardeningManifests.Show((scene, null))).Diagnostics;
        Assert.Contains(d, x => !x.IsError && x.Path == "scenes[0].manifest.meta.palette.hot");
        Assert.Contains(d, x => !x.IsError && x.Path == "scenes[0].manifest.timeline[1].color");
        Assert.Contains(d, x => !x.IsError && x.Path == "scenes[0].manifest.timeline[2].style.edgeColor");
        Assert.DoesNotContain(d, x => x.Path.EndsWith("objects[0].style.nodeColor") || x.Path.EndsWith("canvas.background"));
    }
}
