using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on every page, in the light and the dark theme, at desktop and phone
/// size: no violation of any rule axe runs by default. Keyboard use: a skip link first, a visible focus ring.
/// Screenshots of each page and theme go to the temp folder's studio-shots.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class AccessibilityTests(StudioApp studio, ITestOutputHelper output) : IClassFixture<StudioApp>
{
    private static readonly string Shots = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "studio-shots")).FullName;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> DoneJobs = new();

    /// <summary>One finished job per app (the theory's cases share it).</summary>
    private async Task<string> DoneJobAsync(IPage page)
    {
        if (DoneJobs.TryGetValue(studio.BaseUrl, out var known)) return known;
        var manifest = """{"meta":{"title":"Axe check","canvas":{"width":320,"height":180}},"objects":[{"id":"t","type":"text","content":"hi","position":{"x":160,"y":90}}],"timeline":[{"action":"fade-in","target":"t","duration":"0.5s"}]}""";
        var answer = await page.APIRequest.PostAsync(studio.BaseUrl + "/api/v1/render", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            DataString = $$"""{"manifest":{{manifest}},"width":320,"height":180,"fps":24}""",
        });
        Assert.True(answer.Ok, await answer.TextAsync());
        using var json = JsonDocument.Parse(await answer.TextAsync());
        var id = json.RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < 300; i++)
        {
            using var status = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"{studio.BaseUrl}/api/v1/jobs/{id}")).TextAsync());
            if (status.RootElement.GetProperty("status").GetString() is "done") return DoneJobs[studio.BaseUrl] = id;
            await page.WaitForTimeoutAsync(200);
        }
        throw new TimeoutException("the axe check's job did not finish");
    }

    public static TheoryData<string, int, int> Views => new()
    {
        { "dark", 1440, 900 }, { "light", 1440, 900 }, { "dark", 390, 844 }, { "light", 390, 844 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_page_has_no_axe_violations(string theme, int width, int height)
    {
        var scheme = theme == "light" ? ColorScheme.Light : ColorScheme.Dark;
        var page = await studio.OpenAsync("/jobs", width, height, scheme);
        var id = await DoneJobAsync(page);
        var pages = new (string Name, string Path, string? Ready)[]
        {
            ("generate", "/", "[data-testid=generate]"),
            ("generate-draft", "/?preset=bfs", ".code-editor.attached[data-testid=scene-editor-0] .monaco-editor .view-lines"),
            ("jobs", "/jobs", "[data-testid=jobs-range]"),
            ("job", "/jobs/" + id, "[data-testid=job-video]"),
            ("templates", "/templates", null),
            ("docs", "/docs", "[data-testid=docs-content]"),
            ("settings", "/settings", "[data-testid=setting-ffmpeg] .setting-mono"),
            ("not-found", "/no-such-page", "[data-testid=not-found]"),
        };
        var report = new StringBuilder();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, path, ready) in pages)
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s {name}");
            await page.GotoAsync(studio.BaseUrl + path);
            await WaitForCircuitAsync(page);
            if (ready is not null) await page.Locator(ready).First.WaitForAsync();
            Assert.Equal(theme, await page.Locator(".app-root").GetAttributeAsync("data-theme"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-{theme}-{width}.png"), FullPage = width > 500 });
            await WaitForAnimationsAsync(page); // e.g. the "Loaded the preset" snackbar fading in
            report.Append(Describe($"{path} ({theme}, {width}px)", await page.RunAxe()));
        }

        // The sign-in page is served without a circuit (static rendering).
        await page.GotoAsync(studio.BaseUrl + "/signin");
        await page.Locator("h1").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"signin-{theme}-{width}.png") });
        report.Append(Describe($"/signin ({theme}, {width}px)", await page.RunAxe()));

        output.WriteLine(report.Length == 0 ? "no violations" : report.ToString());
        Assert.True(report.Length == 0, report.ToString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_skip_link_comes_first_and_focus_is_always_visible()
    {
        var page = await studio.OpenAsync("/jobs");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("[data-testid=skip-link]");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 } && box.Height > 10, "the focused skip link is not on screen");
        Assert.Contains("solid", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'main-content'");

        // Every control Tab reaches next shows a ring (an outline) or its field's focus border.
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await page.EvaluateAsync<string>("""
                () => {
                    const e = document.activeElement;
                    const s = getComputedStyle(e);
                    return e.tagName + ' ' + (e.textContent || '').trim().slice(0, 30) + ': ' + s.outlineStyle + ' ' + s.outlineWidth;
                }
                """);
            Assert.Matches(@": solid [1-9]", ring);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_theme_follows_the_system_and_a_choice_sticks_across_reloads()
    {
        var page = await studio.OpenAsync("/jobs", scheme: ColorScheme.Light);
        var root = page.Locator(".app-root");
        Assert.Equal("light", await root.GetAttributeAsync("data-theme"));
        var background = () => root.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(246, 247, 251)", await background());

        await page.ClickAsync("[data-testid=theme-toggle]");
        await page.ClickAsync("[data-testid=theme-dark]");
        await page.WaitForFunctionAsync("() => document.querySelector('.app-root').dataset.theme === 'dark'");
        Assert.Equal("rgb(15, 17, 21)", await background());

        // The choice is the server's too: the page arrives dark before any script runs.
        var html = await (await page.APIRequest.GetAsync(studio.BaseUrl + "/jobs", new()
        {
            Headers = new Dictionary<string, string> { ["Cookie"] = string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}")) },
        })).TextAsync();
        Assert.Contains("data-theme=\"dark\"", html);
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        Assert.Equal("dark", await root.GetAttributeAsync("data-theme"));

        // Back to the system setting: light again.
        await page.ClickAsync("[data-testid=theme-toggle]");
        await page.ClickAsync("[data-testid=theme-system]");
        await page.WaitForFunctionAsync("() => document.querySelector('.app-root').dataset.theme === 'light'");
        await page.Context.CloseAsync();
    }

    private static string Describe(string where, AxeResult result)
    {
        if (result.Violations.Length == 0) return "";
        var text = new StringBuilder($"{where}:\n");
        foreach (var v in result.Violations)
        {
            text.Append($"  {v.Id} ({v.Impact}): {v.Help}\n");
            foreach (var node in v.Nodes.Take(4))
                text.Append($"    {node.Target} {Shorten(node.Html)}\n");
        }
        return text.ToString();
    }

    private static string Shorten(string s) => s.Length <= 220 ? s.Replace('\n', ' ') : s[..220].Replace('\n', ' ') + "…";
}
