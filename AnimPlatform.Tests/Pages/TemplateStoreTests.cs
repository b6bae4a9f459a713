using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class TemplateStoreTests : PageTestContext
{
    [Fact]
    public async Task Creates_lists_renames_and_deletes()
    {
        var first = await Templates.CreateAsync("  Sorting intro ", "bubble sort on six numbers", TinyManifest, ["sorting", " ", "Sorting", "intro"]);
        Assert.True(first.Saved, first.Error);
        Assert.Equal("Sorting intro", first.Template!.Name);
        Assert.Equal(["sorting", "intro"], first.Template.Tags);
        Assert.Equal(Start.UtcDateTime, first.Template.CreatedAt);

        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Templates.CreateAsync("Graphs", "", TinyManifest);
        Assert.Equal(["Graphs", "Sorting intro"], (await Templates.ListAsync()).Select(t => t.Name));
        Assert.Equal(2, await Templates.CountAsync());

        var renamed = await Templates.RenameAsync(first.Template.Id, "Sorting basics", "new description");
        Assert.True(renamed.Saved, renamed.Error);
        var read = await Templates.GetAsync(first.Template.Id);
        Assert.Equal(("Sorting basics", "new description", TinyManifest), (read!.Name, read.Description, read.Manifest));
        Assert.Equal(["sorting", "intro"], read.Tags);

        Assert.True(await Templates.DeleteAsync(second.Template!.Id));
        Assert.False(await Templates.DeleteAsync(second.Template.Id));
        Assert.Equal(["Sorting basics"], (await Templates.ListAsync()).Select(t => t.Name));
    }

    [Fact]
    public async Task Names_are_unique_without_regard_to_case()
    {
        var a = await Templates.CreateAsync("BFS", "", TinyManifest);
        var b = await Templates.CreateAsync("Other", "", TinyManifest);

        var duplicate = await Templates.CreateAsync("bfs", "", TinyManifest);
        Assert.False(duplicate.Saved);
        Assert.Contains("a template named \"BFS\" already exists", duplicate.Error); // the existing name, not the typed casing

        var rename = await Templates.RenameAsync(b.Template!.Id, "Bfs");
        Assert.False(rename.Saved);
        Assert.Contains("already exists", rename.Error);
        // Renaming to its own name (another case) is fine.
        Assert.True((await Templates.RenameAsync(a.Template!.Id, "bfs")).Saved);
    }

    [Fact]
    public async Task Refuses_empty_names_bad_manifests_and_unknown_ids()
    {
        Assert.Contains("name", (await Templates.CreateAsync("   ", "", TinyManifest)).Error);
        Assert.Contains("too long", (await Templates.CreateAsync(new string('x', TemplateStore.MaxNameLength + 1), "", TinyManifest)).Error);
        Assert.Contains("JSON", (await Templates.CreateAsync("x", "", "meta: yaml")).Error);
        Assert.Contains("object", (await Templates.CreateAsync("x", "", "[1, 2]")).Error);
        Assert.False((await Templates.RenameAsync(Guid.NewGuid(), "y")).Saved);
        Assert.Contains("does not exist", (await Templates.CreateFromJobAsync(Guid.NewGuid(), "z", "")).Error);
        Assert.Equal(0, await Templates.CountAsync());
    }

    [Fact]
    public async Task Creates_a_template_from_a_job_manifest()
    {
        var id = await DoneAsync("Tiny");
        var result = await Templates.CreateFromJobAsync(id, "Tiny template", "from a job", ["tiny"]);
        Assert.True(result.Saved, result.Error);
        Assert.Equal(TinyManifest, (await Templates.GetAsync(result.Template!.Id))!.Manifest);

        // Deleting the job keeps the template.
        Assert.True(await Services.GetRequiredService<JobService>().DeleteAsync(id));
        Assert.NotNull(await Templates.GetAsync(result.Template.Id));
    }
}
