using AnimPlatform.Web.Components.Jobs;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using JobsPage = AnimPlatform.Web.Components.Pages.Jobs;

namespace AnimPlatform.Tests.Pages;

/// <summary>The Jobs page as a library: search by title or topic (in the URL), rename in place, select several and delete.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobsLibraryPageTests : PageTestContext
{
    private static AngleSharp.Dom.IElement Row(IRenderedComponent<JobsPage> page, Guid id) =>
        page.FindAll("[data-testid=job-row]").Single(r => r.GetAttribute("data-job-id") == id.ToString());

    [Fact]
    public async Task A_search_finds_titles_and_topics_in_any_case_and_lives_in_the_address()
    {
        await DoneAsync("Bubble sort of five");
        await QueuedAsync("Graph walk", configure: j => j.Topic = "BFS on a small graph");
        await QueuedAsync("Stack");
        var library = Services.GetRequiredService<JobLibrary>();
        Assert.Equal(1, (await library.SearchAsync("SORT", null, 10, 0)).Total);
        Assert.Equal(1, (await library.SearchAsync(" bfs ", null, 10, 0)).Total);
        Assert.Equal(3, (await library.SearchAsync("  ", null, 10, 0)).Total);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/jobs?q=bfs");
        RenderProviders();
        var page = Render<JobsPage>();
        Assert.Equal(["Graph walk"], page.FindAll("[data-testid=job-row] .job-title").Select(t => t.TextContent.Trim()));
        Assert.Contains("1–1 of 1", page.Find("[data-testid=jobs-range]").TextContent);

        page.Find("input[data-testid=jobs-search]").Change("nothing like it");
        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Equal("nothing like it", Uri.UnescapeDataString(new Uri(navigation.Uri).Query.Replace('+', ' ')).TrimStart('?')[2..]), TimeSpan.FromSeconds(3));
        page.WaitForAssertion(() => Assert.Contains("No job matches", page.Find("[data-testid=jobs-empty]").TextContent));
    }

    [Fact]
    public async Task A_job_is_renamed_in_place_and_an_empty_title_is_refused()
    {
        var id = await DoneAsync("Old name");
        RenderProviders();
        var page = Render<JobsPage>();
        Row(page, id).QuerySelector("[data-testid=job-rename]")!.Click();
        page.Find("input[data-testid=job-rename-field]").Input("   ");
        page.Find("[data-testid=job-rename-save]").Click();
        Assert.Contains("cannot be empty", page.Markup);
        Assert.Equal("Old name", (await Store.GetSummaryAsync(id))!.Title);

        page.Find("input[data-testid=job-rename-field]").Input("  Bubble sort, take two ");
        page.Find("[data-testid=job-rename-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("Bubble sort, take two", Row(page, id).QuerySelector(".job-title")!.TextContent.Trim()));
        Assert.Equal("Bubble sort, take two", (await Store.GetSummaryAsync(id))!.Title);
    }

    [Fact]
    public async Task Several_selected_jobs_are_deleted_after_one_confirmation()
    {
        var a = await DoneAsync("First");
        var b = await FailedAsync("Second", "boom");
        var keep = await QueuedAsync("Third");
        var dialogs = RenderProviders();
        var page = Render<JobsPage>();
        Assert.Empty(page.FindAll("[data-testid=jobs-delete-selected]"));
        Row(page, a).QuerySelector("[data-testid=job-select] input, input[data-testid=job-select]")!.Change(true);
        Row(page, b).QuerySelector("[data-testid=job-select] input, input[data-testid=job-select]")!.Change(true);
        Assert.Equal("2 selected", page.Find("[data-testid=jobs-selected]").TextContent.Trim());

        _ = page.Find("[data-testid=jobs-delete-selected]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete 2 jobs?", dialogs.Markup));
        await dialogs.FindAll("button").Single(x => x.TextContent.Trim() == "Delete").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=job-row]")));
        Assert.Null(await Store.GetSummaryAsync(a));
        Assert.Null(await Store.GetSummaryAsync(b));
        Assert.NotNull(await Store.GetSummaryAsync(keep.Id));
        Assert.Empty(page.FindAll("[data-testid=jobs-selected]"));
    }
}
