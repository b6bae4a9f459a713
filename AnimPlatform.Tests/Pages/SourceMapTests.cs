using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Drafts;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class SourceMapTests
{
    private const string Show = """
        # a show written by hand
        meta:
          title: Three scenes   # kept
        scenes:
          - name: one
            manifest:
              # the first scene
              meta: { title: one }
              timeline:
                - { action: pause, duration: 1s }
                - action: pause
                  duration: 2s
        """;

    [Fact]
    public void Slices_keep_the_users_yaml_and_comments()
    {
        var map = SourceMap.Of(Show);
        Assert.Equal("title: Three scenes   # kept", map.Slice("meta"));
        var scene = map.Slice("scenes[0].manifest");
        Assert.NotNull(scene);
        Assert.StartsWith("meta: { title: one }", scene);
        Assert.Contains("timeline:\n  - { action: pause, duration: 1s }\n  - action: pause\n    duration: 2s", scene);
        Assert.Null(map.Slice("scenes[3].manifest"));
    }

    [Fact]
    public void Lines_of_paths_point_at_the_value()
    {
        var map = SourceMap.Of(Show);
        Assert.Equal(10, map.LineOf("scenes[0].manifest.timeline[0]"));
        Assert.Equal(12, map.LineOf("scenes[0].manifest.timeline[1].duration"));
        // A path that goes past what is there stops at the deepest value found.
        Assert.Equal(11, map.LineOf("scenes[0].manifest.timeline[1].nothing"));
    }

    [Fact]
    public void A_pasted_yaml_show_splits_into_yaml_editors()
    {
        var root = (JsonObject)DocumentReader.Read(Show)!;
        var draft = ShowDraft.FromText(Show, root);
        Assert.Equal("title: Three scenes   # kept", draft.MetaText);
        Assert.DoesNotContain("\"", draft.Scenes[0].ManifestText);
        // The slice says exactly what the whole document said for that scene.
        Assert.Equal(root["scenes"]![0]!["manifest"]!.ToJsonString(), DocumentReader.Read(draft.Scenes[0].ManifestText)!.ToJsonString());
    }

    [Fact]
    public void A_single_yaml_manifest_keeps_its_text_and_gets_yaml_meta()
    {
        const string single = "# mine\nmeta:\n  title: Solo\n  canvas: { width: 640, height: 360 }\nobjects: []\ntimeline:\n  - { action: pause, duration: 1s }\n";
        var draft = ShowDraft.FromText(single, (JsonObject)DocumentReader.Read(single)!);
        Assert.Equal(single.Trim(), draft.Scenes[0].ManifestText);
        Assert.DoesNotContain("{", draft.MetaText.Split('\n')[0]);
        Assert.Contains("title: Solo", draft.MetaText);
    }

    [Fact]
    public void A_syntax_error_is_one_error_and_a_long_pause_points_at_its_entry()
    {
        var draft = ShowDraft.FromText(Show, (JsonObject)DocumentReader.Read(Show)!);
        draft.Scenes[0].ManifestText = "meta: { title: one }\ntimeline:\n  - { action: pause\n";
        var prepared = draft.Prepare();
        Assert.Single(prepared.Errors);

        draft.Scenes[0].ManifestText = "meta: { title: one, canvas: { width: 640, height: 360 } }\nobjects: []\ntimeline:\n  - { action: pause, duration: 1s }\n  - { action: pause, duration: 99999s }\n";
        var error = Assert.Single(draft.Prepare().Errors);
        Assert.Equal("scenes[0].manifest.timeline[1]", error.Path);
        Assert.Equal("timeline[1]", Assert.Single(ShowDraft.ForScene([error], 0)).Path);
        Assert.Empty(ShowDraft.ForShow([error]));
    }
}
