using System.Diagnostics;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Security;

/// <summary>
/// The Content-Security-Policy in a real browser: headless Chromium loads the Generate page with a preset.
/// blazor.web.js must run (it consumes the prerender markers to start the circuit), the preview (a data:
/// image) must show, and the browser must report no CSP violation (scripts, import map, styles, images,
/// the circuit's connection).
/// Without Chromium on the machine (Debian package "chromium") the test says so and stops.
/// </summary>
[Trait("Category", TestCategory.Browser)]
[Collection(AppProcessCollection.Name)]
public sealed class BrowserCspTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Generate_page_runs_interactively_under_the_content_security_policy()
    {
        if (!File.Exists(Chromium))
        {
            output.WriteLine($"not run: {Chromium} is not installed");
            return;
        }
        await using var app = await AppProcess.StartAsync(Path.Combine(_dir.Path, "app"));
        var psi = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(_dir.Path, "profile")}",
                     "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom",
                     new Uri(app.BaseAddress, "/?preset=bfs").ToString(),
                 })
            psi.ArgumentList.Add(arg);
        using var browser = Process.Start(psi)!;
        var dom = browser.StandardOutput.ReadToEndAsync();
        var log = browser.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            try { await browser.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { browser.Kill(entireProcessTree: true); throw; }
        }

        var lines = (await log).Split('\n');
        output.WriteLine(string.Join('\n', lines.Where(l => l.Contains("CONSOLE", StringComparison.Ordinal))));
        Assert.DoesNotContain(lines, l => l.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        var html = await dom;
        Assert.Contains("preview-frame", html);
        Assert.Contains("src=\"data:image/jpeg;base64,", html);
        Assert.DoesNotContain("<!--Blazor:", html); // blazor.web.js ran and took over the prerendered components
    }

    public void Dispose() => _dir.Dispose();
}
