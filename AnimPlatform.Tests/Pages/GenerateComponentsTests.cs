using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Web.Components.Generate;
using AnimPlatform.Web.Drafts;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AnimPlatform.Tests.Pages;

/// <summary>The Generate page's parts on their own: the paste panel, one scene's panel, the render panel, and the services under them.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class GenerateComponentsTests : PageTestContext
{
    private const string TwoScenes = """
        # kept as written
        meta:
          title: Two
        scenes:
          - name: one
            manifest:
              meta: { title: one, canvas: { width: 1280, height: 720 } }
              objects: []
              timeline:
                - { action: pause, duration: 1s }
          - name: two
            narration: hello
            manifest:
              meta: { title: two, canvas: { width: 1280, height: 720 } }
              objects: []
              timeline:
                - { action: pause, duration: 2s }
        """;

    [Fact]
    public void A_pasted_show_keeps_its_yaml_and_a_file_scene_or_a_list_is_refused_with_one_error()
    {
        var (draft, errors) = PastedManifest.Read(TwoScenes);
        Assert.Empty(errors);
        Assert.Equal(["one", "two"], draft!.Scenes.Select(s => s.Name));
        Assert.StartsWith("meta: { title: two", draft.Scenes[1].ManifestText);
        Assert.Equal("hello", draft.Scenes[1].Narration);

        var (none, fileErrors) = PastedManifest.Read("meta: { title: x }\nscenes:\n  - name: a\n    file: a.yaml\n");
        Assert.Null(none);
        Assert.Equal("scenes", Assert.Single(fileErrors).Path);
        Assert.Contains("mapping", Assert.Single(PastedManifest.Read("- 1\n- 2\n").Errors).Message);
        Assert.Single(PastedManifest.Read("meta: {").Errors);
    }

    [Fact]
    public void Scenes_move_duplicate_and_remove_and_the_last_one_stays()
    {
        var draft = PastedManifest.Read(TwoScenes).Draft!;
        Assert.False(SceneListEdits.Move(draft, 0, -1));
        Assert.True(SceneListEdits.Move(draft, 0, 1));
        Assert.Equal(["two", "one"], draft.Scenes.Select(s => s.Name));
        Assert.True(SceneListEdits.Duplicate(draft, 1));
        Assert.Equal("one (copy)", draft.Scenes[2].Name);
        Assert.Equal("fade", draft.Scenes[2].Transition);
        var removed = SceneListEdits.Remove(draft, 0)!;
        SceneListEdits.Restore(draft, 0, removed);
        Assert.Equal(["two", "one", "one (copy)"], draft.Scenes.Select(s => s.Name));
        Assert.NotNull(SceneListEdits.Remove(draft, 2));
        Assert.NotNull(SceneListEdits.Remove(draft, 1));
        Assert.Null(SceneListEdits.Remove(draft, 0));
    }

    [Fact]
    public void The_output_keeps_the_canvas_aspect_in_even_pixels()
    {
        Assert.Equal((1280, 720), new RenderChoices { Resolution = "720p" }.OutputSize(new CanvasSpec(1920, 1080, "#000000")));
        Assert.Equal((1080, 1080), new RenderChoices().OutputSize(new CanvasSpec(500, 500, "#000000")));
        Assert.Equal((608, 1080), new RenderChoices().OutputSize(new CanvasSpec(405, 720, "#000000")));
        Assert.Equal("720p", RenderChoices.ResolutionOf(720));
        Assert.Equal("1080p", RenderChoices.ResolutionOf(null));
    }

    [Fact]
    public void The_paste_panel_hands_over_a_draft_or_shows_the_error_with_its_line()
    {
        ShowDraft? loaded = null;
        var panel = Render<PastePanel>(p => p.Add(x => x.OnLoaded, (ShowDraft d) => loaded = d));
        panel.Find("[data-testid=paste-panel] .mud-expand-panel-header").Click();
        panel.Find("textarea[data-testid=paste-text]").Change("meta:\n  title: x\nobjects: [\n");
        panel.Find("[data-testid=load-pasted]").Click();
        Assert.Null(loaded);
        Assert.Single(panel.FindAll(".diagnostic"));
        Assert.NotNull(panel.Find(".diagnostic").GetAttribute("data-line"));

        panel.Find("textarea[data-testid=paste-text]").Change(TwoScenes);
        panel.Find("[data-testid=load-pasted]").Click();
        Assert.Equal(2, loaded!.Scenes.Count);
        Assert.Empty(panel.FindAll(".diagnostic"));
    }

    [Fact]
    public void A_scene_panel_counts_its_problems_in_the_header_and_reports_edits_and_list_actions()
    {
        var draft = PastedManifest.Read(TwoScenes).Draft!;
        var edits = new List<Action>();
        int? moved = null;
        var panels = Render<MudBlazor.MudExpansionPanels>(p => p.AddChildContent<SceneEditorPanel>(s => s
            .Add(x => x.Scene, draft.Scenes[1]).Add(x => x.Index, 1).Add(x => x.Count, 2)
            .Add(x => x.Diagnostics, [Diagnostic.Error("timeline[0].duration", "too long"), Diagnostic.Warning("objects", "empty")])
            .Add(x => x.OnEdit, (Action a) => edits.Add(a))
            .Add(x => x.OnMove, (int by) => moved = by)));
        Assert.Equal("1 error", panels.Find("[data-testid=scene-errors]").TextContent.Trim());
        Assert.Equal("1 warning", panels.Find("[data-testid=scene-warnings]").TextContent.Trim());
        panels.Find("[data-testid=scene-1] .mud-expand-panel-header").Click();
        Assert.True(panels.Find("[data-testid=move-down-1]").HasAttribute("disabled"));
        panels.Find("[data-testid=move-up-1]").Click();
        Assert.Equal(-1, moved);
        panels.Find("input[data-testid=scene-name-1]").Change("renamed");
        Assert.Single(edits).Invoke();
        Assert.Equal("renamed", draft.Scenes[1].Name);
    }
}
