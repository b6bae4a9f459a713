using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class PresetLibraryTests : PageTestContext
{
    private PresetLibrary Library => Services.GetRequiredService<PresetLibrary>();

    [Fact]
    public void Ships_the_three_presets_beside_the_app()
    {
        Assert.True(File.Exists(Path.Combine(PresetLibrary.PresetFolder, "bfs.json")));
        Assert.Equal(["BFS Walkthrough", "Bubble Sort", "Stack: Push & Pop"], Library.Presets.Select(p => p.Title));
        Assert.Equal(["bfs", "bubble-sort", "stack"], Library.Presets.Select(p => p.Name));
        Assert.All(Library.Presets, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        // The shipped files are the shared examples, unchanged.
        foreach (var preset in Library.Presets)
        {
            var original = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.ExamplesDir, "presets", preset.Name + ".json")));
            Assert.True(JsonNode.DeepEquals(original, preset.Document), preset.Name);
            Assert.True(ManifestPipeline.FromNode(preset.Document).IsValid, preset.Name);
        }
    }

    [Fact]
    public void Find_returns_a_copy_by_name_and_null_for_an_unknown_name()
    {
        var bfs = Library.Find("bfs")!;
        Assert.Equal("BFS Walkthrough", bfs.Title);
        bfs.Document["meta"]!["title"] = "changed";
        Assert.Equal("BFS Walkthrough", Library.Find("BFS")!.Document["meta"]!["title"]!.GetValue<string>());
        Assert.Null(Library.Find("nope"));
        Assert.Null(Library.Find(""));
    }

    [Fact]
    public async Task Finds_a_saved_template_by_id()
    {
        var saved = (await Templates.CreateAsync("Mine", "", TinyManifest)).Template!;
        var found = await Library.FindTemplateAsync(saved.Id);
        Assert.NotNull(found);
        Assert.Equal("Mine", found.Value.Title);
        Assert.Equal("Tiny", found.Value.Document["meta"]!["title"]!.GetValue<string>());
        Assert.Null(await Library.FindTemplateAsync(Guid.NewGuid()));
    }

    [Fact]
    public void The_overview_counts_scenes_measures_length_and_draws_a_thumbnail()
    {
        var overview = Library.Overview(Library.Find("bfs")!);
        Assert.Equal(3, overview.SceneCount);
        Assert.Equal(73.6, overview.DurationSeconds, 3);
        Assert.StartsWith("data:image/jpeg;base64,", overview.ThumbnailDataUrl);
        var jpeg = Convert.FromBase64String(overview.ThumbnailDataUrl!["data:image/jpeg;base64,".Length..]);
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.Same(overview, Library.Overview(Library.Find("bfs")!));
    }
}
