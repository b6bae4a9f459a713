using System.Text.Json;
using Microsoft.Playwright;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// Bytes a page load moves, cold (new browser profile) and warm (a reload), counted by Chromium's network layer,
/// with the app started as `dotnet AnimPlatform.Web.dll` from another folder. Prints the figures.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class StaticAssetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Assets_are_compressed_and_long_cached_and_a_warm_load_moves_little()
    {
        using var dir = new TempDir();
        await using var app = await AppProcess.StartAsync(dir.Path, TimeSpan.FromSeconds(40));
        await using var browser = await BrowserSession.LaunchAsync();
        long bytes = 0;
        var responses = new Dictionary<string, (string Url, string? Encoding, string? Cache)>();
        var figures = new List<string>();
        foreach (var path in new[] { "/jobs", "/" })
        {
        // A new profile per page: its first load is cold.
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => bytes += (long)e!.Value.GetProperty("encodedDataLength").GetDouble();
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            var r = e!.Value.GetProperty("response");
            var headers = r.GetProperty("headers");
            string? Header(string name) => headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
            responses[e.Value.GetProperty("requestId").GetString()!] = (r.GetProperty("url").GetString()!, Header("content-encoding"), Header("cache-control"));
        };

            bytes = 0;
            responses.Clear();
            await page.GotoAsync(app.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var cold = bytes;
            var coldResponses = responses.Values.ToList();
            bytes = 0;
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
            var warm = bytes;
            figures.Add($"{path}: cold {cold / 1024.0:0.0} KB, warm {warm / 1024.0:0.0} KB");
            output.WriteLine(figures[^1]);
            File.AppendAllText(Path.Combine(Path.GetTempPath(), "studio-bytes.txt"), figures[^1] + "\n");

            foreach (var (url, encoding, cache) in coldResponses.Where(r => r.Url.EndsWith(".css") || r.Url.EndsWith(".js")))
            {
                Assert.True(encoding is "br" or "gzip", $"{url} is sent uncompressed");
                Assert.True(cache?.Contains("immutable") == true, $"{url} is not long-cached: {cache}");
            }
            var html = coldResponses.First(r => r.Url.TrimEnd('/').EndsWith(path.TrimEnd('/'), StringComparison.Ordinal) && !r.Url.Contains('.', StringComparison.Ordinal) || r.Url == app.BaseUrl + path);
            Assert.True(html.Encoding is "br" or "gzip", $"the page {html.Url} is sent uncompressed");
            Assert.True(cold < 250 * 1024, $"{path}: a cold load moved {cold} bytes");
            Assert.True(warm < cold / 4, $"{path}: a warm load moved {warm} of {cold} bytes");
            await context.CloseAsync();
        }
    }
}
