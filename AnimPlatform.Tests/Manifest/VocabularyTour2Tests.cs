using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Manifest;

/// <summary>docs/examples/vocabulary-tour-2.yaml: uses every kind option and action of the second set, validates, lints clean, renders silent (captions) and narrated.</summary>
[Trait("Category", TestCategory.Unit)]
public class VocabularyTour2Tests
{
    private static string PathOf() => Path.Combine(TestPaths.RepoRoot, "docs", "examples", "vocabulary-tour-2.yaml");

    [Fact]
    public void The_tour_uses_every_new_option_and_action_and_is_valid_and_lint_clean()
    {
        var text = File.ReadAllText(PathOf());
        foreach (var used in new[] { "say:", "sayCaptions: true", "orientation: vertical", "maxWidth:", "arrows: true", "action: insert-cell", "action: delete-cell", "action: push", "action: pop" })
            Assert.Contains(used, text);
        var doc = ManifestPipeline.LoadFile(PathOf());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Assert.Empty(doc.Warnings);
        Assert.Empty(LayoutLint.Run(doc));
    }

    [Fact]
    public async Task Silent_it_keeps_its_own_timing_with_captions_and_narrated_every_say_has_its_own_cue()
    {
        var show = ManifestPipeline.LoadFile(PathOf()).Show;
        var silent = ShowCompiler.Compile(show);
        Assert.Equal(show.Duration, silent.Duration, 9);
        var says = show.Scenes.SelectMany(s => s.Scene.Timeline).Count(e => e.Say is not null);
        Assert.Equal(says, silent.Subtitles.Count);

        using var cache = new TempDir();
        var planner = new NarrationPlanner(new SpeechService([new FakeSynthesizer()], new SpeechCache(cache.Path)), new NarrationOptions { CacheDir = cache.Path });
        var narrated = await new VideoPipeline(planner).PrepareAsync(show, NarrationRequest.On(SubtitleMode.File));
        Assert.True(narrated.Cues.Count >= says);
        Assert.True(narrated.Duration > silent.Duration);
        for (var k = 1; k < narrated.Cues.Count; k++) Assert.True(narrated.Cues[k].Start >= narrated.Cues[k - 1].End, "voices never overlap");
    }
}
