using AnimPlatform.Tests.Support;
using Microsoft.Playwright;

namespace AnimPlatform.Tests.E2E;

/// <summary>One app process and one Chromium shared by the studio tests of a class (each test opens its own context).</summary>
public sealed class StudioApp : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    public AppProcess App { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;
    public string BaseUrl => App.BaseUrl;

    public async Task InitializeAsync()
    {
        App = await AppProcess.StartAsync(_dir.Path, TimeSpan.FromSeconds(40));
        Browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>A fresh browser profile (own localStorage) at the given size, with the circuit up on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1440, int height = 900, ColorScheme scheme = ColorScheme.Dark)
    {
        var context = await Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        await StudioPage.WaitForCircuitAsync(page);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        // What the app printed, for a failed test's post-mortem (TestResults/studio-app.log).
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "studio-app.log"), App.OutputTail);
        await App.DisposeAsync();
        _dir.Dispose();
    }
}

/// <summary>What the studio tests do on the pages.</summary>
public static class StudioPage
{
    /// <summary>
    /// Waits until no finite animation or transition is running (a snackbar sliding in, a panel opening): a check of
    /// colours taken mid-fade sees text blended with the page behind it. Endless ones (spinners, progress) are ignored.
    /// </summary>
    public static Task WaitForAnimationsAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)");

    /// <summary>Waits until the circuit drives the page: a click before that lands on the server-rendered copy and is lost.</summary>
    public static async Task WaitForCircuitAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(".app-root[data-interactive=true]").WaitForAsync();
    }

    /// <summary>Types into a MudBlazor text field and commits it (the change event the page listens to).</summary>
    public static async Task SetTextAsync(IPage page, string selector, string text)
    {
        var field = page.Locator(selector);
        await field.FillAsync(text);
        await field.DispatchEventAsync("change");
    }

    /// <summary>
    /// Opens the MudBlazor expansion panel <paramref name="panel"/> and waits for the server's word that it is open:
    /// the panel marked expanded and its collapse "entered" (the circuit got the browser's end of the animation and
    /// rendered again). A collapsed panel's content stays in the page; Playwright does wait for it to become visible,
    /// but that happens as soon as the opening animation starts, while the content is still being laid out and
    /// re-rendered. Clicking inside after this wait acts on the settled panel.
    /// </summary>
    public static async Task ExpandPanelAsync(IPage page, string panel)
    {
        var root = page.Locator(panel);
        if (await root.EvaluateAsync<bool>("p => p.classList.contains('mud-panel-expanded')")) return;
        await root.Locator(".mud-expand-panel-header").First.ClickAsync();
        await page.Locator(panel + ".mud-panel-expanded > .mud-collapse-container.mud-collapse-entered").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public static async Task PasteAndLoadAsync(IPage page, string text)
    {
        await ExpandPanelAsync(page, "[data-testid=paste-panel]");
        await SetTextAsync(page, "textarea[data-testid=paste-text]", text);
        await page.ClickAsync("[data-testid=load-pasted]");
    }

    /// <summary>Waits until the code editor <paramref name="testId"/> (Monaco) is up in place of its plain text field.</summary>
    public static Task EditorReadyAsync(IPage page, string testId) =>
        page.Locator($".code-editor.attached[data-testid={testId}] .monaco-editor").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private const string EditorOf =
        "const host = document.querySelector(`.code-editor[data-testid=\"${id}\"]`);" +
        "const editor = monaco.editor.getEditors().find(e => host.contains(e.getContainerDomNode()));";

    /// <summary>The text the code editor <paramref name="testId"/> shows.</summary>
    public static async Task<string> EditorTextAsync(IPage page, string testId)
    {
        await EditorReadyAsync(page, testId);
        return await page.EvaluateAsync<string>("id => { " + EditorOf + " return editor.getModel().getValue(); }", testId);
    }

    /// <summary>
    /// Replaces the code editor's whole text as a paste does (one edit through Monaco, the same change event
    /// typing makes), then moves focus away, which sends it to the server at once.
    /// </summary>
    public static async Task PasteIntoEditorAsync(IPage page, string testId, string text)
    {
        await EditorReadyAsync(page, testId);
        await page.EvaluateAsync("([id, text]) => { " + EditorOf +
            " editor.focus(); editor.executeEdits('paste', [{ range: editor.getModel().getFullModelRange(), text }]); }",
            new object[] { testId, text });
        await page.Locator("h1").First.ClickAsync();
    }

    public static Task<string> SummaryAsync(IPage page) => page.Locator("[data-testid=draft-summary]").InnerTextAsync();
}
