using System.Text.Json;
using Microsoft.Playwright;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// What issue 15's screenshots of every page (1440×900 and 390×844, both themes) showed wrong, measured in Chromium:
/// a short job title squeezed onto two lines by its buttons, "&amp;" shown as \u0026 in the job's manifest, a phone
/// preview slider ~50 px long, one-word-per-line docs tables on a phone, list bullets hanging outside a settings card.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class PageLayoutTests(StudioApp studio) : IClassFixture<StudioApp>
{
    private async Task<string> QueueJobAsync(IPage page, string title)
    {
        var manifest = new
        {
            meta = new { title, canvas = new { width = 320, height = 180 } },
            objects = new object[] { new { id = "t", type = "text", content = "hi", position = new { x = 160, y = 90 } } },
            timeline = new object[] { new { action = "fade-in", target = "t", duration = "0.5s" } },
        };
        var answer = await page.APIRequest.PostAsync(studio.BaseUrl + "/api/v1/render", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            DataString = JsonSerializer.Serialize(new { manifest, width = 320, height = 180, fps = 12 }),
        });
        Assert.True(answer.Ok, await answer.TextAsync());
        using var json = JsonDocument.Parse(await answer.TextAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_short_job_title_stays_on_one_line_and_its_manifest_shows_an_ampersand_as_it_is()
    {
        var page = await studio.OpenAsync("/jobs");
        var id = await QueueJobAsync(page, "Stack: Push & Pop");
        await page.GotoAsync($"{studio.BaseUrl}/jobs/{id}");
        await WaitForCircuitAsync(page);
        // The toolbar is at its widest once the job is done (download, re-render, edit a copy, save as template, delete).
        await page.Locator("[data-testid=job-status][data-status=done]").WaitForAsync(new() { Timeout = 60_000 });

        var lines = await page.Locator("[data-testid=job-title]").EvaluateAsync<double>(
            "e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True(lines < 1.5, $"the title takes {lines:0.0} lines at 1440 px");

        var manifest = await page.Locator("[data-testid=job-manifest]").InnerTextAsync();
        Assert.Contains("\"title\": \"Stack: Push & Pop\"", manifest);
        Assert.DoesNotContain("\\u0026", manifest);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_preview_slider_spans_the_preview()
    {
        var page = await studio.OpenAsync("/?preset=bfs", 390, 844);
        var slider = page.Locator(".preview-slider");
        await slider.WaitForAsync();
        var frame = await page.Locator("[data-testid=preview-image]").BoundingBoxAsync();
        var box = await slider.BoundingBoxAsync();
        Assert.NotNull(frame);
        Assert.NotNull(box);
        Assert.True(box.Width >= frame.Width * 0.9, $"the slider is {box.Width:0} px wide under a {frame.Width:0} px preview");
        // The buttons and the time are still all on screen, on the row below.
        foreach (var control in new[] { "[data-testid=preview-previous]", "[data-testid=preview-play]", "[data-testid=preview-next]", ".preview-time" })
        {
            var b = await page.Locator(control).BoundingBoxAsync();
            Assert.True(b is not null && b.X >= 0 && b.X + b.Width <= 390 && b.Y > box.Y, $"{control} is off screen or above the slider");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_a_docs_table_gives_its_meaning_column_a_readable_width()
    {
        var page = await studio.OpenAsync("/docs", 390, 844);
        await page.Locator("[data-testid=docs-content] table").First.WaitForAsync();
        var narrowest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('[data-testid=docs-content] table')].map(t => t.querySelector('tr > :last-child').getBoundingClientRect().width))");
        Assert.True(narrowest >= 200, $"a table's last column is {narrowest:0} px wide");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the page scrolls sideways");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_workers_seen_are_plain_lines_inside_the_settings_card()
    {
        var page = await studio.OpenAsync("/settings", 390, 844);
        var list = page.Locator("[data-testid=setting-workers] ul");
        await list.WaitForAsync();
        Assert.Equal("none", await list.EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
        var item = await list.Locator("li").First.BoundingBoxAsync();
        var row = await page.Locator("[data-testid=setting-workers]").BoundingBoxAsync();
        Assert.True(item is not null && row is not null && item.X >= row.X, "the worker line starts left of its row");
        await page.Context.CloseAsync();
    }
}
