using AnimPlatform.Core.Generation;
using AnimPlatform.Web.Components.Pages;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class TemplatesPageTests : PageTestContext
{
    [Fact]
    public async Task Lists_the_presets_with_thumbnails_and_use_links()
    {
        RenderProviders();
        var page = Render<Templates>();

        var presets = page.FindAll("[data-testid=presets] .template-card");
        Assert.Equal(3, presets.Count);
        foreach (var name in new[] { "bfs", "bubble-sort", "stack" })
        {
            var card = page.Find($"[data-testid=preset-{name}]");
            Assert.Equal($"/?preset={name}", card.QuerySelector($"[data-testid=use-preset-{name}]")!.GetAttribute("href"));
            Assert.StartsWith("data:image/jpeg;base64,", card.QuerySelector(".template-thumb img")!.GetAttribute("src"));
        }
        Assert.Contains("BFS Walkthrough", page.Find("[data-testid=preset-bfs]").TextContent);
        Assert.Contains("3 scenes", page.Find("[data-testid=preset-bfs]").TextContent);
        Assert.Contains("1:14", page.Find("[data-testid=preset-bfs]").TextContent); // 73.6 s
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Lists_every_generator_topic_with_prompt_links()
    {
        RenderProviders();
        var page = Render<Templates>();
        var catalog = Services.GetRequiredService<GeneratorCatalog>();

        foreach (var topic in catalog.Topics)
        {
            var card = page.Find($"[data-testid=topic-{topic.Id}]");
            Assert.Contains(topic.Title, card.TextContent);
            var first = card.QuerySelector("[data-testid=topic-example]")!;
            Assert.Equal("/?prompt=" + Uri.EscapeDataString(topic.Examples[0]), first.GetAttribute("href"));
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Shows_an_empty_state_until_a_template_is_saved()
    {
        RenderProviders();
        var page = Render<Templates>();
        Assert.Contains("No saved templates yet", page.Find("[data-testid=templates-empty]").TextContent);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Lists_user_templates_with_use_rename_and_delete()
    {
        var saved = (await Templates.CreateAsync("Graph tour", "BFS on my graph", TinyManifest, ["graphs"])).Template!;
        var dialogs = RenderProviders();
        var page = Render<Templates>();

        var row = page.Find("[data-testid=user-template]");
        Assert.Contains("Graph tour", row.TextContent);
        Assert.Contains("BFS on my graph", row.TextContent);
        Assert.Contains("graphs", row.TextContent);
        Assert.Equal($"/?template={saved.Id:D}", row.QuerySelector("[data-testid=use-template]")!.GetAttribute("href"));

        // Rename through the dialog.
        _ = row.QuerySelector("[data-testid=rename-template]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("input[data-testid=template-name]")));
        await dialogs.Find("input[data-testid=template-name]").InputAsync(new ChangeEventArgs { Value = "Graph tour v2" });
        await dialogs.Find("[data-testid=template-save]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal("Graph tour v2", page.Find("[data-testid=user-template-name]").TextContent.Trim()));
        Assert.Equal("Graph tour v2", (await Templates.GetAsync(saved.Id))!.Name);
    }

    [Fact]
    public async Task Rename_to_a_taken_name_shows_the_error_in_the_dialog()
    {
        await Templates.CreateAsync("First", "", TinyManifest);
        await Templates.CreateAsync("Second", "", TinyManifest);
        var dialogs = RenderProviders();
        var page = Render<Templates>();

        var second = page.FindAll("[data-testid=user-template]").Single(r => r.TextContent.Contains("Second"));
        _ = second.QuerySelector("[data-testid=rename-template]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("input[data-testid=template-name]")));
        await dialogs.Find("input[data-testid=template-name]").InputAsync(new ChangeEventArgs { Value = "first" });
        await dialogs.Find("[data-testid=template-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("already exists", dialogs.Markup));
        Assert.NotNull(dialogs.Find("[data-testid=template-dialog]"));
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_first()
    {
        var saved = (await Templates.CreateAsync("Doomed", "", TinyManifest)).Template!;
        var dialogs = RenderProviders();
        var page = Render<Templates>();

        _ = page.Find("[data-testid=delete-template]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this template?", dialogs.Markup));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").ClickAsync(new());
        Assert.NotNull(await Templates.GetAsync(saved.Id));

        _ = page.Find("[data-testid=delete-template]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this template?", dialogs.Markup));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=templates-empty]")));
        Assert.Null(await Templates.GetAsync(saved.Id));
    }
}
