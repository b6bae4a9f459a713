using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AnimPlatform.Tests.E2E;
using AnimPlatform.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using AppProcess = AnimPlatform.Tests.Reliability.AppProcess;

namespace AnimPlatform.Tests.Security;

/// <summary>
/// CSRF as an attacker does it, in Chromium: a page served from a second local origin (another port on
/// 127.0.0.1) posts a render with <c>fetch(..., {mode: 'no-cors'})</c> and with a <c>text/plain</c> form.
/// Every such request is answered 403 and no job exists; the same manifest sent by a script is accepted,
/// so it is the origin, not the body, that is refused.
/// </summary>
[Trait("Category", TestCategory.Browser)]
[Collection(Reliability.AppProcessCollection.Name)]
public sealed class CrossOriginBrowserTests : IDisposable
{
    private readonly TempDir _dir = new();

    private const string Manifest = "meta:\n  title: forged\n  canvas: { width: 320, height: 180 }\nobjects: []\ntimeline:\n  - action: pause\n    duration: 1s\n";

    [Fact]
    public async Task A_page_on_another_local_origin_cannot_create_jobs()
    {
        await using var app = await AppProcess.StartAsync(_dir.Path);
        await using var attacker = await StartAttackerAsync(app.BaseAddress.ToString().TrimEnd('/'));
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var answers = new List<(string Method, int Status)>();
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(app.BaseAddress.ToString(), StringComparison.Ordinal) && response.Request.Method == "POST")
                lock (answers) answers.Add((response.Request.Method, response.Status));
        };

        await page.GotoAsync(attacker.Urls.First() + "/");
        await page.WaitForFunctionAsync("() => document.title === 'sent'");
        var formAnswer = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/render") && r.Request.PostData?.Contains("forged") == true
            && r.Request.Headers.GetValueOrDefault("content-type", "").StartsWith("text/plain"));
        await page.EvaluateAsync("() => document.getElementById('forged').submit()");
        await formAnswer;

        lock (answers)
        {
            Assert.True(answers.Count >= 3, $"the browser sent {answers.Count} POST(s) to the app");
            Assert.All(answers, a => Assert.Equal(403, a.Status));
        }
        Assert.Equal(0, await TotalJobsAsync(app));

        // The same manifest from a script (no Origin): accepted — the origin is what is refused.
        using var scripted = await app.Http.PostAsync("/api/v1/render", new StringContent(Manifest, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Accepted, scripted.StatusCode);
        Assert.Equal(1, await TotalJobsAsync(app));
    }

    private static async Task<int> TotalJobsAsync(AppProcess app) =>
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/v1/jobs")).GetProperty("total").GetInt32();

    /// <summary>The attacker's site: one page on 127.0.0.1 and a free port.</summary>
    private async Task<WebApplication> StartAttackerAsync(string target)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _dir.Path, EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = builder.Build();
        var manifest = JsonSerializer.Serialize(Manifest);
        // A text/plain form sends "name=value\r\n": the name is the manifest and a comment swallows "=".
        var formName = WebUtility.HtmlEncode(Manifest + "#");
        var html = $$"""
            <!doctype html><title>loading</title>
            <form id="forged" method="post" enctype="text/plain" action="{{target}}/api/v1/render" target="sink">
              <input type="hidden" name="{{formName}}" value="">
            </form>
            <iframe name="sink"></iframe>
            <script>
              const target = {{JsonSerializer.Serialize(target)}}, manifest = {{manifest}};
              (async () => {
                const send = body => fetch(target + "/api/v1/render", { method: "POST", mode: "no-cors", body }).catch(() => {});
                await send(manifest);                                   // text/plain;charset=UTF-8
                await send(JSON.stringify({ manifest }));               // JSON body, still a "simple" request
                await fetch(target + "/api/v1/validate", { method: "POST", mode: "no-cors", body: manifest }).catch(() => {});
                document.title = "sent";
              })();
            </script>
            """;
        site.MapGet("/", () => Results.Content(html, "text/html"));
        await site.StartAsync();
        return site;
    }

    public void Dispose() => _dir.Dispose();
}
