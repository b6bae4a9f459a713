using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 6: a show's scene file may not leave the show's folder through a symbolic link.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class SymlinkContainmentTests : IDisposable
{
    private readonly TempDir _outside = new();
    private readonly TempDir _show = new();

    public SymlinkContainmentTests()
    {
        File.WriteAllText(_outside.File("secret.json"), HardeningManifests.Scene().ToJsonString());
        File.WriteAllText(_show.File("inside.json"), HardeningManifests.Scene().ToJsonString());
    }

    private string WriteShow(string file)
    {
        var show = new JsonObject
        {
            ["meta"] = new JsonObject { ["title"] = "s", ["canvas"] = new JsonObject { ["width"] = 320, ["height"] = 180 } },
            ["scenes"] = new JsonArray(new JsonObject { ["file"] = file }),
        };
        var path = _show.File("show.json");
        File.WriteAllText(path, show.ToJsonString());
        return path;
    }

    [Fact]
    public void SymlinkedSceneFileLeadingOutsideIsRefusedWithItsPath()
    {
        File.CreateSymbolicLink(_show.File("scene.json"), _outside.File("secret.json"));
        var d = ManifestPipeline.LoadFile(WriteShow("scene.json")).Diagnostics;
        Assert.Contains(d, x => x.IsError && x.Path == "scenes[0].file" && x.Message.Contains("outside the show's folder"));
    }

    [Fact]
    public void SceneFileInSymlinkedFolderLeadingOutsideIsRefusedWithItsPath()
    {
        Directory.CreateSymbolicLink(_show.File("linked"), _outside.Path);
        var d = ManifestPipeline.LoadFile(WriteShow("linked/secret.json")).Diagnostics;
        Assert.Contains(d, x => x.IsError && x.Path == "scenes[0].file" && x.Message.Contains("symbolic link"));
    }

    [Fact]
    public void SymlinkStayingInsideTheFolderStillLoads()
    {
        File.CreateSymbolicLink(_show.File("alias.json"), _show.File("inside.json"));
        var prepared = ManifestPipeline.LoadFile(WriteShow("alias.json"));
        Assert.DoesNotContain(prepared.Diagnostics, x => x.IsError);
        Assert.Single(prepared.Show.Scenes);
    }

    [Fact]
    public void ShowFolderReachedThroughASymlinkStillLoadsItsOwnScenes()
    {
        var linkedShow = _outside.File("show-link");
        WriteShow("inside.json");
        Directory.CreateSymbolicLink(linkedShow, _show.Path);
        var prepared = ManifestPipeline.LoadFile(Path.Combine(linkedShow, "show.json"));
        Assert.DoesNotContain(prepared.Diagnostics, x => x.IsError);
    }

    [Fact]
    public void RealPathResolvesEveryComponent()
    {
        Directory.CreateSymbolicLink(_show.File("linked"), _outside.Path);
        Assert.Equal(Path.Combine(RealPath.Resolve(_outside.Path), "secret.json"), RealPath.Resolve(_show.File("linked/secret.json")));
    }

    public void Dispose()
    {
        _show.Dispose();
        _outside.Dispose();
    }
}
