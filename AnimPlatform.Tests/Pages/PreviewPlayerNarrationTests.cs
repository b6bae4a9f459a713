using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Web.Api;
using AnimPlatform.Web.Components.Generate;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

/// <summary>The preview's narration: an audio element only when narration is on and spoken, driven by play/pause/seek; a hint otherwise.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class PreviewPlayerNarrationTests : PageTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeSynthesizer _engine = new();
    private readonly NarrationPreviewService _previews;

    public PreviewPlayerNarrationTests()
    {
        // The clip cache lives in the context's temp folder, removed with it.
        (_previews, _) = NarrationPreviewServiceTests.Create(_engine, Path.Combine(Path.GetDirectoryName(DatabasePath)!, "speech"));
        Services.AddSingleton(_previews);
    }

    private IRenderedComponent<PreviewPlayer> RenderPlayer(bool narrate, string manifest = NarrationPreviewServiceTests.Narrated) =>
        Render<PreviewPlayer>(p => p
            .Add(x => x.Show, ManifestPipeline.LoadText(manifest).Show)
            .Add(x => x.Manifest, manifest)
            .Add(x => x.Narrate, narrate));

    [Fact]
    public void With_narration_off_there_is_no_audio_and_the_hint_says_so()
    {
        var player = RenderPlayer(narrate: false);
        Assert.NotEmpty(player.FindAll("[data-testid=preview-image]"));
        Assert.Empty(player.FindAll("audio"));
        Assert.Contains("Narration is off", player.Find("[data-testid=preview-narration-hint]").TextContent);
        Assert.Equal(0, _engine.Calls);
    }

    [Fact]
    public void With_narration_on_the_track_plays_pauses_and_seeks_with_the_preview()
    {
        var player = RenderPlayer(narrate: true);
        var key = NarrationPreviewService.KeyOf(NarrationPreviewServiceTests.Narrated);
        player.WaitForAssertion(() => Assert.Equal(PreviewAudioEndpoints.UrlFor(key), player.Find("audio[data-testid=preview-audio]").GetAttribute("src")), Wait);
        Assert.Empty(player.FindAll("[data-testid=preview-narration-hint]"));
        // The preview is timed as the narrated video: its length is the padded one.
        var narrated = _previews.Cache.TryGet(key)!.Prepared.Duration;
        Assert.Contains($"/ {TimeSpan.FromSeconds(narrated):m\\:ss\\.f}", player.Markup);

        // While playing, the frame timer's updates share the renderer's dispatcher with the clicks, so a click's
        // handler (and the audio call it makes) can run a moment after Click returns: wait for each call.
        void CalledOnce(string action) => player.WaitForAssertion(() =>
            Assert.Single(JSInterop.Invocations, i => i.Identifier == $"animPlatform.previewAudio.{action}"), Wait);
        player.Find("[data-testid=preview-play] button, button[data-testid=preview-play]").Click();
        CalledOnce("play");
        Assert.IsType<double>(JSInterop.Invocations.Single(i => i.Identifier == "animPlatform.previewAudio.play").Arguments[1]);
        player.Find("button[data-testid=preview-next], [data-testid=preview-next] button").Click();
        CalledOnce("seek");
        player.Find("button[data-testid=preview-play], [data-testid=preview-play] button").Click();
        CalledOnce("pause");
    }

    [Fact]
    public void Without_a_working_voice_there_is_no_audio_and_the_hint_gives_the_reason()
    {
        _engine.FailWith = new NarrationException(EspeakSynthesizer.InstallHint);
        var player = RenderPlayer(narrate: true);
        player.WaitForAssertion(() => Assert.Contains("espeak-ng is not installed",
            player.Find("[data-testid=preview-narration-hint]").TextContent), Wait);
        Assert.Empty(player.FindAll("audio"));
        player.Find("button[data-testid=preview-play], [data-testid=preview-play] button").Click();
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier.StartsWith("animPlatform.previewAudio", StringComparison.Ordinal));
    }

    [Fact]
    public void A_show_with_nothing_to_say_stays_silent_with_a_hint()
    {
        const string quiet = """{"meta":{"title":"Quiet","canvas":{"width":320,"height":180}},"objects":[],"timeline":[{"action":"pause","duration":"1s"}]}""";
        var player = RenderPlayer(narrate: true, quiet);
        player.WaitForAssertion(() => Assert.Contains("No scene has narration text",
            player.Find("[data-testid=preview-narration-hint]").TextContent), Wait);
        Assert.Empty(player.FindAll("audio"));
    }
}
