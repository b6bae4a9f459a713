using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Components.Pages;
using AnimPlatform.Web.Docs;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Integration)]
public sealed class DocsPageTests : PageTestContext
{
    [Fact]
    public void Renders_the_shipped_manifest_reference_with_tables_code_and_a_table_of_contents()
    {
        var page = Render<Docs>();

        var content = page.Find("[data-testid=docs-content]");
        Assert.Equal("Manifest reference", content.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotEmpty(content.QuerySelectorAll("table"));
        Assert.NotEmpty(content.QuerySelectorAll("pre code"));
        Assert.NotNull(content.QuerySelector("h3#highlight-node"));

        var toc = page.FindAll("[data-testid=docs-toc] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Actions", "docs#actions"), toc);
        Assert.Contains(("Transitions", "docs#transitions"), toc);
        // In-page links stay on the Docs page (the base href is "/").
        Assert.DoesNotContain("href=\"#", content.InnerHtml);
        Assert.Contains("href=\"docs#fade-in\"", content.InnerHtml);
    }

    [Fact]
    public void The_reference_documents_every_action_and_easing()
    {
        var reference = Services.GetRequiredService<ManifestReference>();
        Assert.True(reference.Found, reference.Path);
        var ids = reference.Headings.Select(h => h.Id).ToHashSet();
        foreach (var action in ActionCatalog.Actions)
            Assert.True(ids.Contains(action.Name) || ids.Any(id => id.Split("-and-").Contains(action.Name)), $"no section for {action.Name}");
        var html = reference.Html;
        foreach (var easing in new[] { "linear", "easeInOutCubic", "easeOutBack", "easeInOutElastic", "easeInBounce", "easeInOutSine", "easeOutExpo", "easeInQuart" })
            Assert.Contains($"<code>{easing}</code>", html);
        foreach (var transition in new[] { "fade", "crossfade", "slide-left", "slide-right" })
            Assert.Contains($"<code>{transition}</code>", html);
    }
}

[Trait("Category", TestCategory.Integration)]
public sealed class SettingsPageTests() : PageTestContext(new Dictionary<string, string?>
{
    ["GEMINI_API_KEY"] = "sk-very-secret-key-1234",
})
{
    [Fact]
    public async Task Shows_the_effective_configuration_without_secrets()
    {
        var page = Render<Settings>();
        page.WaitForAssertion(() => Assert.DoesNotContain("mud-progress-circular", page.Find("[data-testid=setting-ffmpeg]").InnerHtml),
            TimeSpan.FromSeconds(10));

        Assert.Contains(Path.GetFullPath(DatabasePath), page.Find("[data-testid=setting-database]").TextContent);
        Assert.Contains(Path.GetFullPath(OutputDir), page.Find("[data-testid=setting-output]").TextContent);
        Assert.Contains("7 days", page.Find("[data-testid=setting-retention]").TextContent);
        Assert.Contains("1", page.Find("[data-testid=setting-concurrency]").TextContent);
        Assert.Contains("configured", page.Find("[data-testid=setting-ai]").TextContent);
        Assert.Contains("gemini", page.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sk-very-secret-key-1234", page.Markup);
        Assert.DoesNotContain("very-secret", page.Markup);
        // ffmpeg and espeak-ng are installed wherever the renders run (scripts/install-deps.sh).
        Assert.Matches(@"ffmpeg version \S+", page.Find("[data-testid=setting-ffmpeg]").TextContent);
        Assert.Contains("espeak-ng", page.Find("[data-testid=setting-tts]").TextContent);
        Assert.Contains("eSpeak NG", page.Find("[data-testid=setting-espeak]").TextContent);
        // No ACCESS_TOKEN here: the page says the app is open to anyone who can reach it.
        Assert.Contains("anyone", page.Find("[data-testid=access]").TextContent);
        await Task.CompletedTask;
    }
}

[Trait("Category", TestCategory.Integration)]
public sealed class ToolVersionsTests
{
    [Theory]
    [InlineData("ffmpeg version 5.1.6-0+deb12u1 Copyright (c) 2000-2024 the FFmpeg developers\nbuilt with gcc", "ffmpeg version 5.1.6-0+deb12u1")]
    [InlineData("eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data\n", "eSpeak NG text-to-speech: 1.51")]
    [InlineData("\n", null)]
    public void Keeps_the_first_line_without_its_tail(string output, string? expected) =>
        Assert.Equal(expected, AnimPlatform.Web.Components.Settings.ToolVersions.FirstLine(output));

    [Fact]
    public async Task A_missing_tool_has_no_version()
    {
        var tools = new AnimPlatform.Web.Components.Settings.ToolVersions();
        Assert.Null(await tools.VersionAsync("/nonexistent/tool-" + Guid.NewGuid().ToString("N"), "--version"));
    }
}

[Trait("Category", TestCategory.Integration)]
public sealed class SettingsWithoutAiPageTests : PageTestContext
{
    [Fact]
    public void Says_when_no_AI_provider_is_configured()
    {
        var page = Render<Settings>();
        Assert.Contains("not configured", page.Find("[data-testid=setting-ai]").TextContent);
        Assert.Contains("GEMINI_API_KEY", page.Markup);
    }
}
