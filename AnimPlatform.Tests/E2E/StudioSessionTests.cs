using Microsoft.Playwright;
using AnimPlatform.Tests.Support;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>The layout's session parts, each with an app of its own: sign-out with ACCESS_TOKEN, the reconnect dialog.</summary>
[Trait("Category", TestCategory.Browser)]
public sealed class StudioSessionTests
{
    [Fact]
    public async Task With_an_access_token_the_layout_signs_out()
    {
        using var dir = new TempDir();
        await using var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40),
            new Dictionary<string, string> { ["ACCESS_TOKEN"] = "classroom-secret-123" });
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(app.BaseUrl + "/jobs");
        await page.FillAsync("#signin-token", "classroom-secret-123");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => u.Contains("/jobs"));
        await WaitForCircuitAsync(page);

        await page.ClickAsync("[data-testid=sign-out]");
        await page.WaitForURLAsync(u => u.Contains("/signin"));
        Assert.Empty(await page.Context.CookiesAsync(new[] { app.BaseUrl }).ContinueWith(t => t.Result.Where(c => c.Name.Contains("Auth", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("AnimPlatform", StringComparison.OrdinalIgnoreCase) && !c.Name.Contains("Antiforgery")).ToList()));
        // Signed out: the pages ask for the token again.
        await page.GotoAsync(app.BaseUrl + "/jobs");
        await page.Locator("#signin-token").WaitForAsync();

        // Guessing: after the minute's attempts, a styled page (not bare text) says how long to wait.
        IResponse? last = null;
        for (var i = 0; i < 12 && last?.Status != 429; i++)
        {
            await page.GotoAsync(app.BaseUrl + "/signin");
            await page.FillAsync("#signin-token", "wrong-" + i);
            last = await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("button[type=submit]"));
        }
        Assert.Equal(429, last!.Status);
        Assert.StartsWith("text/html", last.Headers["content-type"]);
        Assert.Equal("Too many sign-in attempts", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Locator("a[href='/signin']").WaitForAsync();
    }

    [Fact]
    public async Task The_reconnect_dialog_is_readable_and_counts_in_words()
    {
        using var dir = new TempDir();
        var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40));
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await (await browser.Browser.NewContextAsync()).NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(app.BaseUrl + "/jobs");
        await WaitForCircuitAsync(page);
        await app.DisposeAsync(); // the server goes away: the page tries to rejoin

        var dialog = page.Locator("#components-reconnect-modal[open]");
        await dialog.WaitForAsync();
        // Text and background as the browser paints them: dark text on a light dialog, at least 4.5:1.
        var contrast = await page.EvaluateAsync<double>("""
            () => {
                const d = document.getElementById('components-reconnect-modal');
                const lum = c => {
                    const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => v / 255)
                        .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                const s = getComputedStyle(d);
                const a = lum(s.color), b = lum(s.backgroundColor);
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }
            """);
        var colours = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.getElementById('components-reconnect-modal')); return s.color + ' on ' + s.backgroundColor + ' ' + document.getElementById('components-reconnect-modal').outerHTML.slice(0, 200); }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "studio-reconnect.png") });
        Assert.True(contrast >= 4.5, $"reconnect dialog text contrast {contrast:0.00}:1 ({colours})");

        // Wait for the countdown to say 1, then read the sentence.
        await page.WaitForFunctionAsync("() => document.getElementById('components-seconds-to-next-attempt')?.textContent.trim() === '1'",
            null, new() { Timeout = 60_000, PollingInterval = 50 });
        var sentence = await page.Locator(".components-reconnect-repeated-attempt-visible").InnerTextAsync();
        Assert.Contains("in 1 second.", sentence);
    }
}
