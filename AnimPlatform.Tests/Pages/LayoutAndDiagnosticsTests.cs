using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Components.Generate;
using AnimPlatform.Web.Components.Jobs;
using AnimPlatform.Web.Components.Layout;
using AnimPlatform.Web.Drafts;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class LayoutTests : PageTestContext
{
    [Fact]
    public void The_layout_has_the_navigation_and_catches_a_page_error_with_a_friendly_message()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<Exploding>(0);
            b.CloseComponent();
        })));

        var links = layout.FindAll(".app-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/jobs", "/templates", "/docs", "/settings"], links);
        var error = layout.Find("[data-testid=error-boundary]");
        Assert.Contains("Something went wrong on this page", error.TextContent);
        Assert.DoesNotContain("kaboom", layout.Markup); // no exception text for users
    }

    [Fact]
    public void Progress_bar_shows_queue_position_percent_and_done_as_full()
    {
        var queued = Render<JobProgressBar>(p => p.Add(b => b.Status, Core.Jobs.JobStatus.Queued).Add(b => b.QueuePosition, 3));
        Assert.Contains("2 ahead", queued.Markup);
        var done = Render<JobProgressBar>(p => p.Add(b => b.Status, Core.Jobs.JobStatus.Done).Add(b => b.Progress, 99).Add(b => b.Stage, "done"));
        Assert.Equal("100", done.Find("[data-progress]").GetAttribute("data-progress"));

        var bar = Render<JobProgressBar>(p => p.Add(b => b.Status, Core.Jobs.JobStatus.Rendering).Add(b => b.Progress, 12).Add(b => b.Stage, "rendering frames"));
        bar.Render(p => p.Add(b => b.Progress, 47));
        Assert.Equal("47", bar.Find("[data-progress]").GetAttribute("data-progress"));
        Assert.Contains("47%", bar.Markup);
    }

    private sealed class Exploding : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException("kaboom");
    }
}

[Trait("Category", TestCategory.Unit)]
public sealed class DiagnosticsByPathTests : PageTestContext
{
    [Fact]
    public void Validation_errors_appear_under_the_scene_editor_by_path()
    {
        // A show whose second scene targets an unknown object and has a bad duration.
        var draft = ShowDraft.FromDocument((System.Text.Json.Nodes.JsonObject)DocumentReader.Read("""
            meta: { title: Show, canvas: { width: 320, height: 180 } }
            scenes:
              - name: one
                manifest: { meta: { title: One }, objects: [], timeline: [ { action: pause, duration: 1s } ] }
              - name: two
                manifest:
                  meta: { title: Two }
                  objects: [ { id: t, type: text, content: hi, position: { x: 10, y: 10 } } ]
                  timeline:
                    - { action: fade-in, target: ghost, duration: 1s }
                    - { action: pause, duration: soon }
            """)!);
        var diagnostics = ShowDraft.ForScene(draft.Prepare().Diagnostics, 1).ToList();

        var editor = Render<ManifestEditor>(p => p.Add(e => e.Text, draft.Scenes[1].ManifestText).Add(e => e.Diagnostics, diagnostics));

        var paths = editor.FindAll(".diagnostic.error .diagnostic-path").Select(e => e.TextContent).ToList();
        Assert.Contains("timeline[0].target", paths);
        Assert.Contains("timeline[1].duration", paths);
        Assert.Contains("ghost", editor.Find(".diagnostics").TextContent);
        Assert.Empty(ShowDraft.ForScene(draft.Prepare().Diagnostics, 0));
    }
}
