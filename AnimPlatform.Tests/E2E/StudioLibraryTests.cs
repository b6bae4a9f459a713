using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// The Jobs page as a library in Chromium: rename a job in place, search by title or topic with the search in the
/// address, select several and delete them after one question; and the Save-as-template dialog takes the keyboard.
/// Each test makes its own jobs through the API (cancelled at once: only their rows matter) with a word of its own
/// in their titles, and searches for it, so the tests of the class do not see each other's jobs.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class StudioLibraryTests(StudioApp studio) : IClassFixture<StudioApp>
{
    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Submits a tiny job titled <paramref name="title"/> and cancels it; its id.</summary>
    private async Task<string> JobAsync(IPage page, string title, string topic = "", bool cancel = true)
    {
        var manifest = JsonSerializer.Serialize(new
        {
            meta = new { title, canvas = new { width = 320, height = 180 } },
            objects = new[] { new { id = "t", type = "text", content = "hi", position = new { x = 160, y = 90 } } },
            // A long pause: the job is still queued or rendering when it is cancelled, never done first.
            timeline = new object[] { new { action = "fade-in", target = "t", duration = "0.5s" }, new { action = "pause", duration = "600s" } },
        });
        var answer = await page.APIRequest.PostAsync(studio.BaseUrl + "/api/v1/render", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            DataString = $$"""{"manifest":{{manifest}},"width":320,"height":180,"fps":12,"topic":{{JsonSerializer.Serialize(topic)}}}""",
        });
        Assert.True(answer.Ok, await answer.TextAsync());
        using var json = JsonDocument.Parse(await answer.TextAsync());
        var id = json.RootElement.GetProperty("id").GetString()!;
        if (cancel) await page.APIRequest.PostAsync($"{studio.BaseUrl}/api/v1/jobs/{id}/cancel");
        return id;
    }

    private async Task<JsonElement?> ApiJobAsync(IPage page, string id)
    {
        var answer = await page.APIRequest.GetAsync($"{studio.BaseUrl}/api/v1/jobs/{id}");
        if (answer.Status == 404) return null;
        Assert.True(answer.Ok, await answer.TextAsync());
        using var json = JsonDocument.Parse(await answer.TextAsync());
        return json.RootElement.Clone();
    }

    private static ILocator Row(IPage page, string id) => page.Locator($"[data-testid=job-row][data-job-id='{id}']");

    /// <summary>The titles the table shows, top to bottom (waits for the list to be drawn).</summary>
    private static async Task<string[]> TitlesAsync(IPage page)
    {
        await page.Locator("[data-testid=jobs-range], [data-testid=jobs-empty]").First.WaitForAsync();
        return (await page.Locator("[data-testid=job-row] a.job-title").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
    }

    private static Task TitlesAreAsync(IPage page, params string[] titles) => page.WaitForFunctionAsync(
        "want => JSON.stringify([...document.querySelectorAll('[data-testid=job-row] a.job-title')].map(a => a.innerText.trim())) === JSON.stringify(want)",
        titles);

    private static string QueryOf(IPage page) => Uri.UnescapeDataString(new Uri(page.Url).Query.Replace('+', ' '));

    [Fact]
    public async Task A_job_is_renamed_in_place_with_enter_and_escape_keeps_the_old_title()
    {
        var word = Word();
        var page = await studio.OpenAsync("/jobs");
        var id = await JobAsync(page, $"Old name {word}");
        await page.GotoAsync($"{studio.BaseUrl}/jobs?q={word}");
        await WaitForCircuitAsync(page);
        await TitlesAreAsync(page, $"Old name {word}");

        // Escape leaves the title as it was.
        await Row(page, id).Locator("[data-testid=job-rename]").ClickAsync();
        var field = Row(page, id).Locator("input[data-testid=job-rename-field]");
        await field.FillAsync("Not this one");
        await field.PressAsync("Escape");
        await field.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal([$"Old name {word}"], await TitlesAsync(page));

        // A blank title is refused with a message; Enter saves a real one, trimmed.
        await Row(page, id).Locator("[data-testid=job-rename]").ClickAsync();
        await field.FillAsync("   ");
        await field.PressAsync("Enter");
        await Row(page, id).GetByText("A title cannot be empty.").WaitForAsync();
        await field.FillAsync($"  Bubble sort, take two {word} ");
        await field.PressAsync("Enter");
        await field.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await TitlesAreAsync(page, $"Bubble sort, take two {word}");
        Assert.Equal($"Bubble sort, take two {word}", (await ApiJobAsync(page, id))!.Value.GetProperty("title").GetString());

        // The new title is the job's: after a reload, and on its own page.
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        Assert.Equal([$"Bubble sort, take two {word}"], await TitlesAsync(page));
        await page.GotoAsync($"{studio.BaseUrl}/jobs/{id}");
        Assert.Equal($"Bubble sort, take two {word}", (await page.Locator("[data-testid=job-title]").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_finds_titles_and_topics_in_any_case_and_lives_in_the_address()
    {
        var word = Word();
        var topicWord = Word();
        var page = await studio.OpenAsync("/jobs");
        await JobAsync(page, $"Bubble sort {word}");
        await JobAsync(page, $"Graph walk {word}", topic: $"BFS on a grid {topicWord}");
        await JobAsync(page, $"Stack {word}");
        await page.GotoAsync($"{studio.BaseUrl}/jobs");
        await WaitForCircuitAsync(page);

        // Typed and Enter: the title's word in another case finds its job, and the address carries the search.
        var search = page.Locator("input[data-testid=jobs-search]");
        await search.FillAsync($"BUBBLE SORT {word.ToUpperInvariant()}");
        await search.PressAsync("Enter");
        await TitlesAreAsync(page, $"Bubble sort {word}");
        Assert.Equal($"?q=BUBBLE SORT {word.ToUpperInvariant()}", QueryOf(page));
        Assert.Contains("1–1 of 1", await page.Locator("[data-testid=jobs-range]").InnerTextAsync());

        // A word only the topic has finds the job by its topic.
        await search.FillAsync(topicWord);
        await search.PressAsync("Enter");
        await TitlesAreAsync(page, $"Graph walk {word}");
        Assert.Equal($"?q={topicWord}", QueryOf(page));

        // The address alone shows the same list (a link, a reload), newest first; a status filter keeps the search.
        await page.GotoAsync($"{studio.BaseUrl}/jobs?q={word}");
        await WaitForCircuitAsync(page);
        Assert.Equal([$"Stack {word}", $"Graph walk {word}", $"Bubble sort {word}"], await TitlesAsync(page));
        Assert.Equal(word, await search.InputValueAsync());
        // (The jobs were cancelled, none is done.)
        await page.ClickAsync("[data-testid=filter-done]");
        await page.Locator("[data-testid=jobs-empty]").WaitForAsync();
        Assert.Contains("status=done", page.Url);
        Assert.Contains($"q={word}", page.Url);
        await page.ClickAsync("[data-testid=filter-cancelled]");
        await TitlesAreAsync(page, $"Stack {word}", $"Graph walk {word}", $"Bubble sort {word}");

        // Nothing matches: a plain message, and a way back to every job.
        await search.FillAsync($"nothing like {word}x");
        await search.PressAsync("Enter");
        var empty = page.Locator("[data-testid=jobs-empty]");
        await empty.Filter(new() { HasText = "No job matches" }).WaitForAsync();
        await empty.GetByRole(AriaRole.Button, new() { Name = "Clear the search" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("q="));
        await page.WaitForFunctionAsync("() => document.querySelector('input[data-testid=jobs-search]').value === ''");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Several_selected_jobs_are_deleted_after_one_question_and_keep_them_keeps_them()
    {
        var word = Word();
        var page = await studio.OpenAsync("/jobs");
        var first = await JobAsync(page, $"First {word}");
        var second = await JobAsync(page, $"Second {word}");
        var third = await JobAsync(page, $"Third {word}");
        await page.GotoAsync($"{studio.BaseUrl}/jobs?q={word}");
        await WaitForCircuitAsync(page);
        await TitlesAreAsync(page, $"Third {word}", $"Second {word}", $"First {word}");
        Assert.Equal(0, await page.Locator("[data-testid=jobs-delete-selected]").CountAsync());

        await Row(page, first).Locator("[data-testid=job-select] input[type=checkbox], input[type=checkbox][data-testid=job-select]").First.CheckAsync();
        await Row(page, third).Locator("[data-testid=job-select] input[type=checkbox], input[type=checkbox][data-testid=job-select]").First.CheckAsync();
        await page.Locator("[data-testid=jobs-selected]").Filter(new() { HasText = "2 selected" }).WaitForAsync();

        // "Keep them": nothing is deleted, the selection stays.
        await page.ClickAsync("[data-testid=jobs-delete-selected]");
        var dialog = page.Locator(".mud-dialog").Filter(new() { HasText = "Delete 2 jobs?" });
        await dialog.WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep them" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(3, (await TitlesAsync(page)).Length);
        Assert.NotNull(await ApiJobAsync(page, first));

        // "Delete": both go, with their rows; the third stays and the selection is gone.
        await page.ClickAsync("[data-testid=jobs-delete-selected]");
        await dialog.WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await TitlesAreAsync(page, $"Second {word}");
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Deleted 2 jobs." }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=jobs-selected]").CountAsync());
        Assert.Null(await ApiJobAsync(page, first));
        Assert.Null(await ApiJobAsync(page, third));
        Assert.NotNull(await ApiJobAsync(page, second));

        // "Select every job on this page" picks all the rows shown.
        await page.Locator("[data-testid=jobs-select-all] input[type=checkbox], input[type=checkbox][data-testid=jobs-select-all]").First.CheckAsync();
        await page.Locator("[data-testid=jobs-selected]").Filter(new() { HasText = "1 selected" }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Save_as_template_puts_the_keyboard_in_the_name_field()
    {
        var word = Word();
        var page = await studio.OpenAsync("/jobs");
        var id = await JobAsync(page, $"Template source {word}");
        await page.GotoAsync($"{studio.BaseUrl}/jobs/{id}");
        await WaitForCircuitAsync(page);
        await page.ClickAsync("[data-testid=job-save-template]");
        var name = page.Locator(".mud-dialog input[data-testid=template-name]");
        await name.WaitForAsync();
        // Focus is in the name field as soon as the dialog is up (no click first).
        try
        {
            await page.WaitForFunctionAsync(
                "() => document.activeElement?.matches('.mud-dialog input[data-testid=template-name]')", null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail("focus is on " + await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 300) ?? 'nothing'"));
        }
        Assert.Equal($"Template source {word}", await name.InputValueAsync());

        // What the keyboard types goes into it, and the template is saved under that name.
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync($"Typed name {word}");
        Assert.Equal($"Typed name {word}", await name.InputValueAsync());
        await page.ClickAsync("[data-testid=template-save]");
        await page.Locator(".mud-snackbar").Filter(new() { HasText = $"Saved the template \"Typed name {word}\"" }).WaitForAsync();
        await page.GotoAsync($"{studio.BaseUrl}/templates");
        await page.GetByText($"Typed name {word}").First.WaitForAsync();
        await page.Context.CloseAsync();
    }
}
