using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Support;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Narration;

/// <summary>
/// Step narration (<c>say</c>) with the process-free engine (0.3 s of tone per word): the speech starts with its
/// entry, the next entry waits for it, the cue is exactly the speech, and with narration off the timing is the
/// manifest's own (captions only when meta.sayCaptions asks).
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class StepNarrationTests
{
    // Entry 0 says ten words (≈ 3 s) over a 0.5 s fade-in; entry 1 fades B in; entry 2 (a block) says two words.
    private const string Show = """
        meta: { title: say, canvas: { width: 320, height: 180, background: "#000000" } }
        scenes:
          - manifest:
              meta: { title: a }
              objects:
                - { id: a, type: text, content: "A", position: { x: 80, y: 60 }, style: { font: "bold 40px sans-serif", color: "#ffffff" } }
                - { id: b, type: text, content: "B", position: { x: 240, y: 60 }, style: { font: "bold 40px sans-serif", color: "#ffffff" } }
              timeline:
                - { action: fade-in, target: a, duration: 0.5s, say: "One two three four five six seven eight nine ten." }
                - { action: fade-in, target: b, duration: 0.2s }
                - parallel: [ { action: fade-out, target: a, duration: 0.3s } ]
                  say: "Bye now."
                - { action: pause, duration: 2s }
        """;

    private static (VideoPipeline Renderer, TempDir Cache) Create()
    {
        var cache = new TempDir();
        var options = new NarrationOptions { CacheDir = cache.Path };
        var speech = new SpeechService([new FakeSynthesizer()], new SpeechCache(cache.Path));
        return (new VideoPipeline(new NarrationPlanner(speech, options)), cache);
    }

    private static ShowDocument Load(string yaml = Show)
    {
        var doc = ManifestPipeline.LoadText(yaml);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return doc.Show;
    }

    /// <summary>When the entry with this manifest path starts in the (waited) compiled timeline of scene 0.</summary>
    private static double StartOf(NarratedShow prepared, string path)
    {
        var scene = prepared.Show.Scenes[0].Scene;
        var t = prepared.Compiled.Scenes[0].Start;
        foreach (var entry in scene.Timeline)
        {
            if (entry.Path == path) return t;
            t += entry.Duration;
        }
        throw new InvalidOperationException($"no entry {path}");
    }

    private static bool Lit(SKBitmap frame, int cx, int cy) =>
        Enumerable.Range(-15, 30).Any(dx => Enumerable.Range(-15, 30).Any(dy => frame.GetPixel(cx + dx, cy + dy).Red > 200));

    [Fact]
    public async Task The_entry_after_a_say_starts_no_earlier_than_the_end_of_its_speech()
    {
        var (renderer, cache) = Create();
        using var _ = cache;
        var prepared = await renderer.PrepareAsync(Load(), NarrationRequest.On(SubtitleMode.File));
        var scene = prepared.Plan!.ForScene(0)!;
        Assert.Equal([0, 2], scene.Chunks.Select(c => c.Entry!.Value));
        var first = scene.Chunks[0];
        Assert.True(first.Length > 2.9, $"ten words of tone: {first.Length}");

        var sceneStart = prepared.Compiled.Scenes[0].Start;
        // The say starts as its entry starts (the first entry: the scene's start).
        Assert.Equal(StartOf(prepared, "scenes[0].manifest.timeline[0]"), sceneStart + first.Offset, 9);
        var next = StartOf(prepared, "scenes[0].manifest.timeline[1]");
        Assert.True(next >= sceneStart + first.End, $"entry 1 starts at {next}, the speech ends at {sceneStart + first.End}");
        // The second say starts with its block, which itself waits until the first speech is over.
        var block = StartOf(prepared, "scenes[0].manifest.timeline[2]");
        Assert.Equal(block, sceneStart + scene.Chunks[1].Offset, 9);
        Assert.True(block >= sceneStart + first.End);
        // Nothing waits once the last say has been said: 0.5 + wait + 0.2 + block + wait + 2 s.
        Assert.Equal(scene.SceneLength, prepared.Compiled.Scenes[0].End - sceneStart, 9);
        Assert.True(prepared.Duration > prepared.Show.Scenes[0].Scene.Duration - 1e-9);

        // The picture does not run ahead of the voice: B is still dark just before the first speech ends.
        using (var before = Frame(prepared.Compiled, sceneStart + first.End - 0.05)) Assert.False(Lit(before, 240, 60), "B before the speech ended");
        using (var after = Frame(prepared.Compiled, next + 0.3)) Assert.True(Lit(after, 240, 60), "B after its fade-in");
        // A (faded in while the voice speaks) is still there just before the block; gone after its fade-out.
        using (var held = Frame(prepared.Compiled, block - 0.05)) Assert.True(Lit(held, 80, 60), "A before the block");
        using (var gone = Frame(prepared.Compiled, block + 0.35)) Assert.False(Lit(gone, 80, 60), "A after the fade-out");
    }

    [Fact]
    public async Task Each_say_cue_covers_exactly_its_speech_and_the_audio_is_silent_between()
    {
        var (renderer, cache) = Create();
        using var _ = cache;
        var prepared = await renderer.PrepareAsync(Load(), NarrationRequest.On(SubtitleMode.File));
        var scene = prepared.Plan!.ForScene(0)!;
        var start = prepared.Compiled.Scenes[0].Start;
        Assert.Equal(["One two three four five six seven eight nine ten.", "Bye now."], prepared.Cues.Select(c => c.Text));
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(start + scene.Chunks[k].Offset, prepared.Cues[k].Start, 9);
            Assert.Equal(start + scene.Chunks[k].Offset + scene.Chunks[k].Clip.Seconds, prepared.Cues[k].End, 9);
        }

        var track = NarrationTrack.Build(prepared.Compiled, prepared.Plan, prepared.Duration);
        double Loudness(double from, double to)
        {
            var a = (int)(from * track.SampleRate);
            var b = (int)(to * track.SampleRate);
            return Enumerable.Range(a, b - a).Average(i => Math.Abs((double)track.Samples[i]));
        }
        Assert.True(Loudness(prepared.Cues[0].Start + 0.1, prepared.Cues[0].End - 0.1) > 1000, "speech inside the first cue");
        Assert.Equal(0, Loudness(prepared.Cues[0].End + 0.01, prepared.Cues[1].Start - 0.01));
        Assert.True(Loudness(prepared.Cues[1].Start + 0.1, prepared.Cues[1].End - 0.1) > 1000, "speech inside the second cue");
        Assert.Equal(0, Loudness(prepared.Cues[1].End + 0.01, prepared.Duration - 0.01));
    }

    [Fact]
    public async Task Scene_narration_is_spoken_first_and_a_say_waits_for_it()
    {
        const string yaml = """
            meta: { title: both, canvas: { width: 320, height: 180 } }
            scenes:
              - narration: "One two three four five."
                manifest:
                  meta: { title: a }
                  objects: [ { id: a, type: text, content: "A", position: { x: 80, y: 60 } } ]
                  timeline:
                    - { action: fade-in, target: a, duration: 0.5s }
                    - { action: pause, duration: 0.2s, say: "Six seven." }
                    - { action: pause, duration: 1s }
            """;
        var (renderer, cache) = Create();
        using var _ = cache;
        var prepared = await renderer.PrepareAsync(Load(yaml), NarrationRequest.On(SubtitleMode.File));
        var scene = prepared.Plan!.ForScene(0)!;
        Assert.Null(scene.Chunks[0].Entry);
        Assert.Equal(0, scene.Chunks[0].Offset);
        var say = scene.Chunks[1];
        Assert.Equal(1, say.Entry);
        // The say's entry is held back until the narration (≈ 1.5 s) and a sentence gap have passed.
        Assert.Equal(scene.Chunks[0].End + 0.4, say.Offset, 9);
        Assert.Equal(prepared.Compiled.Scenes[0].Start + say.Offset, StartOf(prepared, "scenes[0].manifest.timeline[1]"), 9);
        Assert.True(StartOf(prepared, "scenes[0].manifest.timeline[2]") >= prepared.Compiled.Scenes[0].Start + say.End);
    }

    [Fact]
    public async Task A_scene_with_only_scene_narration_is_planned_exactly_as_before()
    {
        const string yaml = """
            meta: { title: old, canvas: { width: 320, height: 180 } }
            scenes:
              - narration: "One two three. Four five six. Seven eight nine."
                manifest:
                  meta: { title: a }
                  objects: [ { id: a, type: text, content: "A", position: { x: 80, y: 60 } } ]
                  timeline:
                    - { action: fade-in, target: a, duration: 0.5s }
                    - { parallel: [ { action: fade-out, target: a, duration: 0.5s } ] }
            """;
        var (renderer, cache) = Create();
        using var _ = cache;
        var show = Load(yaml);
        var prepared = await renderer.PrepareAsync(show, NarrationRequest.On(SubtitleMode.File));
        var scene = prepared.Plan!.ForScene(0)!;
        Assert.Empty(scene.Waits);
        Assert.Equal(1.0, scene.AnimationLength, 9);
        Assert.Equal(0, scene.Chunks[0].Offset);
        var speech = scene.Chunks[^1].End;
        Assert.Equal(scene.Chunks[0].End + 0.4, scene.Chunks[1].Offset, 9);
        // The padding pause goes before the final fade-out block, as spec §12.3 says.
        Assert.Equal(Math.Round(speech - 1.0 + 1, 1, MidpointRounding.AwayFromZero), scene.Padding);
        var timeline = prepared.Show.Scenes[0].Scene.Timeline;
        Assert.Equal(3, timeline.Count);
        Assert.Equal("pause", Assert.IsType<ActionStep>(timeline[1]).Name);
    }

    [Fact]
    public async Task With_narration_off_the_timing_is_the_manifests_own_and_say_draws_nothing()
    {
        var (renderer, cache) = Create();
        using var _ = cache;
        var show = Load();
        var silent = await renderer.PrepareAsync(show, NarrationRequest.Off);
        Assert.Null(silent.Plan);
        Assert.Empty(silent.Cues);
        Assert.Equal(show.Duration, silent.Duration, 9);
        Assert.Equal(0.5 + 0.2 + 0.3 + 2 + 0.5, silent.Duration, 9);
        // The same frames as the manifest without any say.
        var unsaid = string.Join('\n', Show.Split('\n').Where(l => !l.TrimStart().StartsWith("say:")))
            .Replace(", say: \"One two three four five six seven eight nine ten.\"", "");
        Assert.DoesNotContain("say:", unsaid);
        var plain = ShowCompiler.Compile(Load(unsaid));
        Assert.Equal(plain.Duration, silent.Duration, 9);
        using var a = Frame(silent.Compiled, 0.6);
        using var b = Frame(plain, 0.6);
        Assert.Equal(Hash(b), Hash(a));
    }

    [Fact]
    public void With_say_captions_each_say_is_a_burned_caption_until_the_next_say_and_the_timing_is_unchanged()
    {
        var yaml = Show.Replace("meta: { title: a }", "meta: { title: a, sayCaptions: true }");
        var show = Load(yaml);
        var compiled = ShowCompiler.Compile(show);
        Assert.Equal(show.Duration, compiled.Duration, 9);
        Assert.Equal(Load().Duration, compiled.Duration, 9);
        Assert.Equal([(0.0, 0.7), (0.7, 3.0)], compiled.Subtitles.Select(c => (Math.Round(c.Start, 9), Math.Round(c.End, 9))));
        Assert.Equal("Bye now.", compiled.Subtitles[1].Text);

        // The caption band is drawn at the bottom while the caption is on, and not before the scene has a say.
        using var captioned = Frame(compiled, 0.3);
        using var plain = Frame(ShowCompiler.Compile(Load()), 0.3);
        var changed = 0;
        for (var y = 120; y < 180; y++)
        for (var x = 0; x < 320; x++)
            if (captioned.GetPixel(x, y) != plain.GetPixel(x, y)) changed++;
        Assert.True(changed > 200, $"caption pixels in the bottom band: {changed}");
        for (var y = 0; y < 100; y++)
        for (var x = 0; x < 320; x++)
            Assert.Equal(plain.GetPixel(x, y), captioned.GetPixel(x, y));
    }

    [Fact]
    public void A_show_meta_say_captions_is_inherited_by_its_scenes()
    {
        var show = Load(Show.Replace("meta: { title: say,", "meta: { title: say, sayCaptions: true,"));
        Assert.True(show.Scenes[0].Scene.Meta.SayCaptions);
        Assert.Equal(2, ShowCompiler.Compile(show).Subtitles.Count);
    }

    // Step scope: entry 0 says ten words (≈ 3 s) over a 0.5 s fade-in, entry 1 moves A (its step goes on while it is said);
    // entry 2 sets the next step's caption instantly, entry 3 fades B in and says that step.
    private const string StepShow = """
        meta: { title: steps, canvas: { width: 320, height: 180, background: "#000000" }, sayScope: step }
        scenes:
          - manifest:
              meta: { title: a }
              objects:
                - { id: a, type: text, content: "A", position: { x: 80, y: 60 }, style: { font: "bold 40px sans-serif", color: "#ffffff" } }
                - { id: b, type: text, content: "B", position: { x: 240, y: 60 }, style: { font: "bold 40px sans-serif", color: "#ffffff" } }
                - { id: caption, type: text, content: "first", position: { x: 160, y: 150 }, style: { font: "16px sans-serif", color: "#ffffff" } }
              timeline:
                - { action: fade-in, target: a, duration: 0.5s, say: "One two three four five six seven eight nine ten." }
                - { action: move-to, target: a, position: { x: 100, y: 60 }, duration: 0.5s }
                - { action: set-text, target: caption, value: "second" }
                - { action: fade-in, target: b, duration: 0.2s, say: "Bye now." }
                - { action: pause, duration: 1s }
        """;

    /// <summary>
    /// With <c>sayScope: step</c> the next step waits for the voice from its first instant change: its caption does not
    /// appear while the previous step's sentence is still being said, and the changes of the step being said are not held.
    /// </summary>
    [Fact]
    public async Task A_step_scoped_say_holds_the_next_steps_caption_until_it_has_been_said()
    {
        var (renderer, cache) = Create();
        using var _ = cache;
        var prepared = await renderer.PrepareAsync(Load(StepShow), NarrationRequest.On(SubtitleMode.File));
        var first = prepared.Plan!.ForScene(0)!.Chunks[0];
        var sceneStart = prepared.Compiled.Scenes[0].Start;
        var firstEnds = sceneStart + first.Offset + first.Length;
        Assert.True(first.Length > 2.9, $"ten words of tone: {first.Length}");
        // The move plays while the sentence is said, right after the fade-in.
        Assert.Equal(sceneStart + 0.5, StartOf(prepared, "scenes[0].manifest.timeline[1]"), 9);
        // The next caption and the next say's entry come only once the first sentence is over.
        var caption = StartOf(prepared, "scenes[0].manifest.timeline[2]");
        Assert.True(caption >= firstEnds - 1e-9, $"the next caption shows at {caption:0.00} s while the first sentence runs to {firstEnds:0.00} s");
        Assert.Equal(caption, StartOf(prepared, "scenes[0].manifest.timeline[3]"), 9);
    }
}
