using AnimPlatform.Web.Components.Pages;
using AnimPlatform.Web.Security;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

/// <summary>The Generate page: topic → built-in generator, pasted manifests with errors by path, preview, limits.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class GeneratePageTests : PageTestContext
{
    [Fact]
    public void A_topic_is_generated_by_the_named_builtin_generator_with_a_preview_and_editable_scenes()
    {
        RenderProviders();
        var page = Render<Generate>();
        page.Find("input[data-testid=prompt]").Input("bubble sort 5 3 8 1");
        page.Find("[data-testid=generate]").Click();
        page.WaitForAssertion(() => Assert.Contains("Bubble Sort", page.Find("[data-testid=generation-result]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("[5, 3, 8, 1]", page.Find("[data-testid=generation-result]").TextContent);
        Assert.StartsWith("data:image/jpeg;base64,", page.Find("[data-testid=preview-image]").GetAttribute("src"));
        Assert.Contains("0 error(s)", page.Find("[data-testid=draft-summary]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=scene-editor-0]"));
    }

    [Fact]
    public void A_pasted_manifest_with_errors_shows_them_by_path_and_no_preview()
    {
        RenderProviders();
        var page = Render<Generate>();
        page.Find("[data-testid=paste-panel] .mud-expand-panel-header").Click();
        page.Find("textarea[data-testid=paste-text]").Change("""
            meta: { title: t, canvas: { width: 320, height: 180 } }
            objects: [{ id: a, type: text, content: hi, position: { x: 10, y: 10 } }]
            timeline:
              - { action: fade-in, target: nope, duration: 1s }
              - { action: pause, duration: fast }
            """);
        page.Find("[data-testid=load-pasted]").Click();
        page.WaitForAssertion(() => Assert.Contains("2 error(s)", page.Find("[data-testid=draft-summary]").TextContent));
        var paths = page.FindAll(".diagnostic-path").Select(p => p.TextContent).ToList();
        Assert.Contains("timeline[0].target", paths);
        Assert.Contains("timeline[1].duration", paths);
        Assert.Empty(page.FindAll("[data-testid=preview-image]"));
        Assert.True(page.Find("[data-testid=render]").HasAttribute("disabled"));
    }

}

[Trait("Category", TestCategory.Unit)]
public sealed class GeneratePageLimitTests : PageTestContext
{
    public GeneratePageLimitTests() =>
        Services.PostConfigure<AnimPlatform.Web.Options.AnimPlatformOptions>(o => o.RateLimitGenerationsPerMinute = 1);

    [Fact]
    public void Generations_beyond_the_per_minute_limit_are_refused_with_a_message()
    {
        RenderProviders();
        var page = Render<Generate>();
        page.Find("input[data-testid=prompt]").Input("stack push 1 push 2 pop");
        page.Find("[data-testid=generate]").Click();
        page.WaitForAssertion(() => Assert.Contains("Stack", page.Find("[data-testid=generation-result]").TextContent), TimeSpan.FromSeconds(10));
        page.Find("[data-testid=generate]").Click();
        page.WaitForAssertion(() => Assert.Contains("Too many generation requests", page.Find("[data-testid=generation-result]").TextContent));
    }
}
