using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Api;

namespace AnimPlatform.Tests.Jobs;

[Trait("Category", TestCategory.Unit)]
public sealed class RenderRequestCheckTests
{
    private static IEnumerable<string> ErrorPaths(CheckedRenderRequest check) => check.Errors.Select(e => e.Path).Order();

    [Fact]
    public void ValidTextIsParsedAndPrepared()
    {
        var check = RenderRequestCheck.Check(new RenderRequest { ManifestText = TestManifests.Tiny("Ok"), Fps = 12, Topic = "  sorting  " });
        Assert.True(check.IsValid, string.Join("\n", check.Diagnostics));
        Assert.Equal("Ok", check.Prepared!.Show.Title);
        Assert.Equal(new RenderSettings(null, null, 12), check.Settings);
        Assert.Equal("sorting", check.Topic);
        Assert.IsType<JsonObject>(check.Document);
    }

    [Fact]
    public void OutputSettingsAreCheckedTogether()
    {
        Assert.Equal(["height"], ErrorPaths(RenderRequestCheck.Check(new RenderRequest { ManifestText = TestManifests.Tiny(), Width = 320 })));
        Assert.Equal(["width"], ErrorPaths(RenderRequestCheck.Check(new RenderRequest { ManifestText = TestManifests.Tiny(), Height = 180 })));
        Assert.Equal(["fps", "height", "width"], ErrorPaths(RenderRequestCheck.Check(
            new RenderRequest { ManifestText = TestManifests.Tiny(), Width = 8, Height = 5000, Fps = 0 })));
    }

    [Fact]
    public void MissingOrUnreadableManifestIsAnError()
    {
        Assert.Equal(["manifest"], ErrorPaths(RenderRequestCheck.Check(new RenderRequest())));
        var yaml = RenderRequestCheck.Check(new RenderRequest { ManifestText = "a: [1," });
        Assert.False(yaml.IsValid);
        Assert.Equal([""], ErrorPaths(yaml));
        Assert.Null(yaml.Document);
    }

    [Fact]
    public void ADocumentWinsOverText()
    {
        var document = JsonNode.Parse("""{"meta": {"title": "doc", "canvas": {"width": 320, "height": 180}}, "objects": [], "timeline": [{"action": "pause", "duration": 1}]}""");
        var check = RenderRequestCheck.Check(new RenderRequest { Document = document, ManifestText = "not: used" });
        Assert.True(check.IsValid, string.Join("\n", check.Diagnostics));
        Assert.Equal("doc", check.Prepared!.Show.Title);
    }
}
