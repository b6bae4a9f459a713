using System.Text.RegularExpressions;
using AnimPlatform.Tests.Support;
using Microsoft.Playwright;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// One render budget per client (issue 15, item 10): renders from the Generate page and from the HTTP API draw on
/// the same per-minute permits, counted for the address the page was loaded from; a reload does not refill them.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class RateLimitBudgetTests
{
    [Fact]
    public async Task The_page_and_the_api_share_one_render_budget_that_a_reload_does_not_refill()
    {
        using var dir = new TempDir();
        await using var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40),
            new Dictionary<string, string> { ["RATE_LIMIT_RENDERS_PER_MINUTE"] = "2" });
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        page.SetDefaultTimeout(20_000);

        // First permit: a render from the page (the job is cancelled at once: only the count matters).
        await page.GotoAsync(app.BaseUrl + "/?preset=stack");
        await WaitForCircuitAsync(page);
        await page.Locator("[data-testid=draft-summary]").WaitForAsync();
        await page.ClickAsync("[data-testid=render]");
        await page.WaitForURLAsync(new Regex(@"/jobs/[0-9a-f-]{36}$"));
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.APIRequest.PostAsync($"{app.BaseUrl}/api/v1/jobs/{id}/cancel");

        // Second permit: the API, from the same address.
        var tiny = new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/yaml" },
            DataString = "meta: { title: t, canvas: { width: 160, height: 90 } }\nobjects: []\ntimeline:\n  - { action: pause, duration: 0.5s }\n",
        };
        var second = await page.APIRequest.PostAsync(app.BaseUrl + "/api/v1/render", tiny);
        Assert.Equal(202, second.Status);

        // The budget is spent: the page, even reloaded (a new circuit), is refused with the time to wait…
        await page.GotoAsync(app.BaseUrl + "/?preset=stack");
        await WaitForCircuitAsync(page);
        await page.Locator("[data-testid=draft-summary]").WaitForAsync();
        await page.ClickAsync("[data-testid=render]");
        try { await page.GetByText("Too many render requests from this computer").WaitForAsync(); }
        catch (TimeoutException) { throw new Xunit.Sdk.XunitException(page.Url + "\n" + (await page.Locator("main").InnerTextAsync())[..1500]); }
        Assert.Contains("/?preset=stack", page.Url);

        // …and so is the API.
        var third = await page.APIRequest.PostAsync(app.BaseUrl + "/api/v1/render", tiny);
        Assert.Equal(429, third.Status);
        Assert.NotNull(third.Headers.GetValueOrDefault("retry-after"));
    }
}
