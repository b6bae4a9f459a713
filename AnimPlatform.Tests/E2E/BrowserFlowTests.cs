using System.Text.RegularExpressions;
using AnimPlatform.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// The product as a person uses it, in a real browser against the real app process: open Templates, use the
/// BFS preset on Generate, render it at 720p, watch the job page's progress reach 100 % without a reload, play
/// and download the video, then visit every page at desktop and phone size. Screenshots go to
/// TestResults/screenshots.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class BrowserFlowTests(ITestOutputHelper output)
{
    private static readonly (int Width, int Height, string Name)[] Viewports = [(1440, 900, "desktop"), (390, 844, "phone")];

    // Known defect (issue 15), open: since the studio's draft autosave, choosing 720p right after a preset
    // loads does not stick (the select shows 1080p again). Skipped until fixed, not deleted.
    [Fact]
    public async Task Preset_to_rendered_video_in_the_browser()
    {
        using var dir = new TempDir();
        var shots = ScreenshotDir();
        await using var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40));
        await using var browser = await BrowserSession.LaunchAsync();
        try
        {
            await RunFlowAsync(app, browser, shots);
        }
        catch
        {
            output.WriteLine("app output:\n" + app.OutputTail);
            throw;
        }
    }

    private async Task RunFlowAsync(AppProcess app, BrowserSession browser, string shots)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {name}");
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, AcceptDownloads = true });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);

        // Templates → "Use preset" opens Generate with the preset loaded.
        await page.GotoAsync(app.BaseUrl + "/templates");
        await WaitForBlazorAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "01-templates.png") });
        await page.ClickAsync("[data-testid=use-preset-bfs]");
        await page.WaitForURLAsync(new Regex(@"/\?preset=bfs$"));
        await page.Locator("[data-testid=draft-summary]").WaitForAsync();
        Assert.Contains("3 scene", await page.Locator("[data-testid=draft-summary]").InnerTextAsync());
        await page.Locator("[data-testid=preview-image]").WaitForAsync();
        await page.GetByText("Loaded the \"BFS Walkthrough\" preset").First.WaitForAsync();

        Phase("preset loaded on Generate");
        // 720p keeps the render short; the page offers it as a Resolution option.
        await ChooseResolutionAsync(page, "720p");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "02-generate-preset.png"), FullPage = true });

        // Render: the job page opens, and from here on nothing reloads (the marker would be lost).
        await page.EvaluateAsync("() => { window.__e2eMarker = 'same-page'; }");
        await page.ClickAsync("[data-testid=render]");
        await page.WaitForURLAsync(new Regex(@"/jobs/[0-9a-f-]{36}$"));
        var jobId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.Locator("[data-testid=job-progress]").WaitForAsync();
        await page.EvaluateAsync("""
            () => {
                window.__progressSeen = [];
                const record = () => {
                    const bar = document.querySelector('[data-testid=job-progress]');
                    if (bar) window.__progressSeen.push(Number(bar.getAttribute('data-progress')));
                };
                record();
                new MutationObserver(record).observe(document.body, { subtree: true, attributes: true, childList: true });
            }
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "03-job-rendering.png") });

        Phase("job page open");
        await page.Locator("[data-testid=job-status][data-status=done]").WaitForAsync(new() { Timeout = 120_000 });
        Phase("render done");
        Assert.Equal("same-page", await page.EvaluateAsync<string>("() => window.__e2eMarker"));
        var seen = await page.EvaluateAsync<int[]>("() => window.__progressSeen");
        output.WriteLine("progress seen: " + string.Join(",", seen.Distinct()));
        Assert.Equal(100, seen[^1]);
        Assert.Equal("100", await page.GetAttributeAsync("[data-testid=job-progress]", "data-progress"));
        Assert.True(seen.Distinct().Count() >= 2, "the progress bar never moved: " + string.Join(",", seen));

        // A narrated render (the Generate page's default) also offers its subtitles.
        if ((await page.InnerTextAsync("[data-testid=job-narration]")).Contains("spoken"))
        {
            Assert.Equal($"/api/v1/jobs/{jobId}/subtitles.vtt", await page.GetAttributeAsync("[data-testid=job-video] track", "src"));
            var vtt = await page.APIRequest.GetAsync($"{app.BaseUrl}/api/v1/jobs/{jobId}/subtitles.vtt");
            Assert.True(vtt.Ok, $"subtitles.vtt answered {vtt.Status}");
            Assert.StartsWith("WEBVTT", await vtt.TextAsync());
        }

        // Play the video in the page.
        var video = page.Locator("video[data-testid=job-video]");
        await video.WaitForAsync();
        Assert.Equal($"/api/v1/jobs/{jobId}/video", await video.GetAttributeAsync("src"));
        var played = await video.EvaluateAsync<double>("""
            async v => {
                v.muted = true;
                await v.play();
                await new Promise(resolve => setTimeout(resolve, 1500));
                v.pause();
                return v.currentTime;
            }
            """);
        output.WriteLine($"played to {played:0.00} s");
        Assert.True(played > 0.3, $"the video did not play (currentTime {played})");
        Assert.True(await video.EvaluateAsync<double>("v => v.duration") > 60);
        await video.EvaluateAsync("v => { v.currentTime = 30; }");
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "04-job-done.png") });

        // Download it.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=job-download]"));
        var saved = Path.Combine(Path.GetTempPath(), $"e2e-{jobId}.mp4");
        await download.SaveAsAsync(saved);
        try
        {
            var bytes = await File.ReadAllBytesAsync(saved);
            Assert.True(bytes.Length > 10_000, $"download is {bytes.Length} bytes");
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
            Assert.EndsWith(".mp4", download.SuggestedFilename);
        }
        finally
        {
            File.Delete(saved);
        }

        // The Jobs list shows the finished job.
        await page.ClickAsync("a[href='/jobs']");
        await page.Locator($"[data-testid=job-row][data-job-id='{jobId}'] [data-testid=job-status][data-status=done]").WaitForAsync();
        Assert.Equal("same-page", await page.EvaluateAsync<string>("() => window.__e2eMarker"));
        await context.CloseAsync();

        Phase("played, downloaded, listed");
        await TourAsync(browser, app.BaseUrl, jobId, shots);
        Phase("tour done");
        Assert.Empty(errors.Where(e => !e.Contains("favicon", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Every page at desktop and phone size. After the first load the pages are visited the way the app's own
    /// links do (client-side navigation over the same circuit), which is what a user sees and much faster.
    /// </summary>
    private async Task TourAsync(BrowserSession browser, string baseUrl, string jobId, string shots)
    {
        var pages = new (string Path, string Name, string ReadyWhen)[]
        {
            ("/", "generate", "[data-testid=generate]"),
            ("/jobs", "jobs", "[data-testid=job-row]:visible, [data-testid=job-card]:visible"),
            ($"/jobs/{jobId}", "job", "[data-testid=job-status][data-status=done]"),
            ("/templates", "templates", "[data-testid=presets]"),
            ("/docs", "docs", "[data-testid=docs-content]"),
            ("/settings", "settings", "[data-testid=setting-ffmpeg] .setting-mono"),
            ("/no-such-page", "not-found", "[data-testid=not-found]"),
            ("/?preset=stack", "generate-stack", "[data-testid=draft-summary]"), // last: its snackbar stays a few seconds
        };
        foreach (var (width, height, viewport) in Viewports)
        {
            var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            context.SetDefaultTimeout(20_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/jobs");
            await WaitForBlazorAsync(page);
            foreach (var (path, name, readyWhen) in pages)
            {
                await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
                await page.Locator(readyWhen).First.WaitForAsync();
                await page.WaitForTimeoutAsync(250); // let transitions (ripples, snackbars) settle
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}-{viewport}-{width}x{height}.png") });
            }
            await context.CloseAsync();
        }
        output.WriteLine($"screenshots in {shots}");
    }

    /// <summary>Waits until the circuit is up (the page is interactive), not just painted.</summary>
    private static async Task WaitForBlazorAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
    }

    private async Task ChooseResolutionAsync(IPage page, string option)
    {
        var select = page.Locator(".mud-select:has(label:text-is('Resolution'))").First;
        if (await select.CountAsync() == 0)
        {
            output.WriteLine("no Resolution select: rendering at the default size");
            return;
        }
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        // The choice shows once the server has handled it (the page saves the draft first): wait for it, up to 10 s.
        var shown = "";
        for (var watch = System.Diagnostics.Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(10); await Task.Delay(100))
        {
            shown = await select.InnerTextAsync() + await select.Locator("input").InputValueAsync();
            if (shown.Contains(option, StringComparison.Ordinal)) break;
        }
        Assert.Contains(option, shown);
    }

    private static string ScreenshotDir()
    {
        var root = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(root))
        {
            var repo = new DirectoryInfo(AppContext.BaseDirectory);
            while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "AnimPlatform.sln"))) repo = repo.Parent;
            root = Path.Combine(repo?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        }
        Directory.CreateDirectory(root);
        return root;
    }
}
