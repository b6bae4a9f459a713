using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;
using static AnimPlatform.Tests.E2E.StudioPage;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// What every page moves over HTTP, cold (a new browser profile) and warm (the same page opened again), counted by
/// Chromium's network layer (CDP Network events: <c>encodedDataLength</c> of each finished request, headers included;
/// the circuit's WebSocket frames are not counted). A warm load must not ask the server for any static file — not
/// even a 304 — the editor's (Monaco) files included. Prints the table (also to the temp folder's studio-weights.txt).
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class PageWeightTests(ITestOutputHelper output)
{
    private sealed class Traffic
    {
        public readonly ConcurrentDictionary<string, (string Url, int Status)> Responses = new();
        public readonly ConcurrentDictionary<string, bool> FromCache = new();
        public long Bytes;

        public void Clear()
        {
            Responses.Clear();
            FromCache.Clear();
            Interlocked.Exchange(ref Bytes, 0);
        }

        /// <summary>Static files the server was asked for (200 from the network or 304), not answered by the browser's cache.</summary>
        public List<string> AssetRequests(string baseUrl) => Responses
            .Where(r => !FromCache.ContainsKey(r.Key) && IsStaticFile(r.Value.Url, baseUrl))
            .Select(r => $"{r.Value.Status} {r.Value.Url[baseUrl.Length..]}").OrderBy(u => u).ToList();

        public int ServerRequests => Responses.Count(r => !FromCache.ContainsKey(r.Key));
    }

    private static bool IsStaticFile(string url, string baseUrl)
    {
        if (!url.StartsWith(baseUrl, StringComparison.Ordinal)) return false;
        var path = new Uri(url).AbsolutePath;
        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/_blazor", StringComparison.Ordinal)) return false;
        return Path.GetExtension(path) is ".js" or ".mjs" or ".css" or ".ttf" or ".woff" or ".woff2" or ".svg" or ".png" or ".ico" or ".json" or ".map";
    }

    private static async Task<Traffic> WatchAsync(IBrowserContext context, IPage page)
    {
        var traffic = new Traffic();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
            Interlocked.Add(ref traffic.Bytes, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());
        cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => traffic.FromCache[e!.Value.GetProperty("requestId").GetString()!] = true;
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var r = e!.Value.GetProperty("response");
            var id = e.Value.GetProperty("requestId").GetString()!;
            if (r.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean()) traffic.FromCache[id] = true;
            traffic.Responses[id] = (r.GetProperty("url").GetString()!, r.GetProperty("status").GetInt32());
        };
        return traffic;
    }

    private static async Task<string> DoneJobAsync(IAPIRequestContext api, string baseUrl)
    {
        var manifest = """{"meta":{"title":"Weight check","canvas":{"width":320,"height":180}},"objects":[{"id":"t","type":"text","content":"hi","position":{"x":160,"y":90}}],"timeline":[{"action":"fade-in","target":"t","duration":"0.5s"}]}""";
        var answer = await api.PostAsync(baseUrl + "/api/v1/render", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            DataString = $$"""{"manifest":{{manifest}},"width":320,"height":180,"fps":24}""",
        });
        Assert.True(answer.Ok, await answer.TextAsync());
        using var json = JsonDocument.Parse(await answer.TextAsync());
        var id = json.RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < 600; i++)
        {
            using var status = JsonDocument.Parse(await (await api.GetAsync($"{baseUrl}/api/v1/jobs/{id}")).TextAsync());
            if (status.RootElement.GetProperty("status").GetString() is "done") return id;
            await Task.Delay(100);
        }
        throw new TimeoutException("the job did not finish");
    }

    [Fact]
    public async Task A_warm_load_of_any_page_asks_the_server_for_no_static_file()
    {
        using var dir = new TempDir();
        await using var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40));
        await using var browser = await BrowserSession.LaunchAsync();
        var api = await browser.Browser.NewContextAsync();
        var id = await DoneJobAsync(api.APIRequest, app.BaseUrl);

        // name, cold address, warm address, what shows the page is complete (the editor's files are loaded on demand).
        const string editor = ".code-editor.attached[data-testid=scene-editor-0] .monaco-editor .view-lines";
        var pages = new (string Name, string Cold, string Warm, string? Ready)[]
        {
            ("/", "/", "/", "[data-testid=generate]"),
            ("/generate with a draft", "/?preset=bfs", "/?preset=bfs", editor),
            ("/jobs", "/jobs", "/jobs", "[data-testid=jobs-range]"),
            ("/jobs/{id}", "/jobs/" + id, "/jobs/" + id, "[data-testid=job-video]"),
            ("/templates", "/templates", "/templates", "h1"),
            ("/docs", "/docs", "/docs", "[data-testid=docs-content]"),
            ("/settings", "/settings", "/settings", "[data-testid=setting-ffmpeg] .setting-mono"),
        };
        var table = new List<string> { "| page | cold KB | cold requests | warm KB | warm requests | warm static-file requests |", "|---|---|---|---|---|---|" };
        var problems = new List<string>();
        foreach (var (name, cold, warm, ready) in pages)
        {
            var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
            context.SetDefaultTimeout(30_000);
            var page = await context.NewPageAsync();
            var traffic = await WatchAsync(context, page);

            async Task<(long Bytes, int Requests, List<string> Assets)> LoadAsync(string path)
            {
                traffic.Clear();
                await page.GotoAsync(app.BaseUrl + path);
                await WaitForCircuitAsync(page);
                try
                {
                    if (ready is not null) await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 90_000 });
                }
                catch (TimeoutException)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "studio-weight-timeout.png") });
                    throw;
                }
                // Fonts load when text first needs them (the editor's icon font after it lays out): wait for every font
                // the page asked for, so the cold load holds all it will fetch and the warm load shows what is cached.
                await page.EvaluateAsync("async () => { await document.fonts.ready; }");
                // The editor lays out its icons after its lines are drawn, so document.fonts.ready can resolve before the icon
                // font is even asked for: on the editor's page wait until that font has loaded.
                if (ready == editor)
                    await page.WaitForFunctionAsync("() => [...document.fonts].some(f => /codicon/i.test(f.family) && f.status === 'loaded')");
                // The Generate page imports its drafts module once the circuit is up, to restore the draft: under load that
                // can come after the network has been idle for a moment, so wait until the module has arrived.
                if (ready is "[data-testid=generate]" || ready == editor)
                    await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => /\\/js\\/drafts\\./.test(e.name) && e.responseEnd > 0)");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return (Interlocked.Read(ref traffic.Bytes), traffic.ServerRequests, traffic.AssetRequests(app.BaseUrl));
            }

            var first = await LoadAsync(cold);
            // A page the person comes back to: a new document (not a reload, which revalidates on purpose).
            await page.GotoAsync("about:blank");
            var again = await LoadAsync(warm);
            table.Add($"| {name} | {first.Bytes / 1024.0:0.0} | {first.Requests} | {again.Bytes / 1024.0:0.0} | {again.Requests} | {again.Assets.Count} |");
            File.AppendAllText(Path.Combine(Path.GetTempPath(), "studio-weights.txt"), table[^1] + "\n");
            if (again.Assets.Count > 0) problems.Add($"{name}: a warm load asked for {string.Join(", ", again.Assets)}");
            await context.CloseAsync();
        }
        var text = string.Join('\n', table);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "studio-weights.txt"), text + "\n" + string.Join('\n', problems) + "\n");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
