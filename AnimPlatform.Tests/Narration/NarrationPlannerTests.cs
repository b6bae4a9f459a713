using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Narration;

/// <summary>The timing model with a process-free engine: clip layout, padding, cap, cache and fallback.</summary>
[Trait("Category", TestCategory.Unit)]
public class NarrationPlannerTests
{
    // Scene 1: 1 s of animation then a fade-out block; scene 2: 3 s, no narration; scene 3: 3 s.
    private const string Show = """
        meta: { title: plan, canvas: { width: 320, height: 180, background: "#000000" } }
        scenes:
          - narration: "One two three four five. Six seven eight nine ten. Eleven twelve."
            manifest:
              meta: { title: a }
              objects: [ { id: t, type: text, content: "A", position: { x: 160, y: 40 } } ]
              timeline:
                - { action: fade-in, target: t, duration: 1s }
                - { parallel: [ { action: fade-out, target: t, duration: 0.5s } ] }
          - transition: { type: crossfade, duration: 1s }
            manifest:
              meta: { title: b }
              objects: []
              timeline: [ { action: pause, duration: 3s } ]
          - transition: { type: fade, duration: 0.5s }
            narration: "Short one."
            manifest:
              meta: { title: c }
              objects: []
              timeline: [ { action: pause, duration: 3s } ]
        """;

    private static (NarrationPlanner Planner, FakeSynthesizer Engine, TempDir Cache) Create(double maxPad = 15, ISpeechSynthesizer? primary = null)
    {
        var engine = new FakeSynthesizer();
        var cache = new TempDir();
        var options = new NarrationOptions { CacheDir = cache.Path, MaxPaddingSeconds = maxPad };
        var chain = primary is null ? new ISpeechSynthesizer[] { engine } : [primary, engine];
        return (new NarrationPlanner(new SpeechService(chain, new SpeechCache(cache.Path)), options), engine, cache);
    }

    private static Core.Manifest.Model.ShowDocument Load()
    {
        var doc = ManifestPipeline.LoadText(Show);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return doc.Show;
    }

    [Fact]
    public async Task Chunks_are_laid_out_back_to_back_from_the_scene_start_with_measured_lengths()
    {
        var (planner, _, cache) = Create();
        using var _ = cache;
        var plan = await planner.PlanAsync(Load());
        var first = plan.ForScene(0)!;
        Assert.Equal(2, first.Chunks.Count);
        Assert.Equal(0, first.Chunks[0].Offset);
        // Two sentences of 10 words × 0.3 s of tone; the engine's silent ends are trimmed to a 30 ms margin each side.
        Assert.Equal(3.0 + 0.06, first.Chunks[0].Length, 2);
        Assert.Equal(first.Chunks[0].End + 0.4, first.Chunks[1].Offset, 9);
        Assert.Null(plan.ForScene(1));
        Assert.Equal(["One two three four five. Six seven eight nine ten.", "Eleven twelve."], first.Cues.Select(c => c.Text));
        Assert.Equal(first.Chunks.Select(c => (c.Offset, c.End)), first.Cues.Select(c => (c.Start, c.End)));
    }

    [Fact]
    public async Task A_scene_whose_speech_outlasts_its_animation_gets_the_padding_pause()
    {
        var (planner, _, cache) = Create();
        using var _ = cache;
        var show = Load();
        var plan = await planner.PlanAsync(show);
        var first = plan.ForScene(0)!;
        var speech = first.SpeechLength; // ≈ 4.12 s against 1.5 s of animation
        var expected = Math.Round(speech - 1.5 + 1, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, first.Padding);
        Assert.Equal(1.5 + expected, first.SceneLength, 9);
        Assert.Equal(0, plan.ForScene(2)!.Padding); // "Short one." fits in 3 s

        var padded = plan.Apply(show);
        var timeline = padded.Scenes[0].Scene.Timeline;
        Assert.Equal("pause", Assert.IsType<Core.Manifest.Model.ActionStep>(timeline[^2]).Name);
        Assert.IsType<Core.Manifest.Model.ParallelBlock>(timeline[^1]);

        var compiled = ShowCompiler.Compile(padded, plan.CompileOptions(burnSubtitles: false));
        Assert.Equal(first.SceneLength, compiled.Scenes[0].End - compiled.Scenes[0].Start, 9);
        // Spec §11 with the padded timelines: 1.5 + pad, 1 + 3, 0.5 + 3, + 0.5 hold.
        Assert.Equal(1.5 + expected + 4 + 3.5 + 0.5, compiled.Duration, 9);
        Assert.Equal(compiled.Scenes[2].Start, compiled.Subtitles[^1].Start, 9);
    }

    [Fact]
    public async Task The_cap_cuts_speech_with_a_warning()
    {
        var (planner, _, cache) = Create(maxPad: 1);
        using var _ = cache;
        var plan = await planner.PlanAsync(Load());
        var first = plan.ForScene(0)!;
        Assert.Equal(1, first.Padding);
        Assert.Equal(2.5, first.SceneLength, 9);
        Assert.True(first.CutSeconds > 0.9);
        Assert.Contains(plan.Warnings, w => w.Message.Contains("cut") && w.Path == "scenes[0].narration");
        Assert.All(first.Cues, c => Assert.True(c.End <= first.SceneLength + 1e-9));
        var track = NarrationTrack.Build(ShowCompiler.Compile(plan.Apply(Load()), plan.CompileOptions(false)), plan, 12);
        Assert.Equal(12 * PcmAudio.StandardRate, track.Samples.Length);
    }

    [Fact]
    public async Task A_second_plan_comes_from_the_cache_without_synthesis()
    {
        var (planner, engine, cache) = Create();
        using var _ = cache;
        var first = await planner.PlanAsync(Load());
        Assert.Equal(3, engine.Calls);
        Assert.Equal(0, first.Stats.CacheHits);
        var second = await planner.PlanAsync(Load());
        Assert.Equal(3, engine.Calls);
        Assert.Equal(3, second.Stats.CacheHits);
        Assert.Equal(first.ForScene(0)!.SceneLength, second.ForScene(0)!.SceneLength, 9);
        Assert.Equal(3, Directory.GetFiles(cache.Path, "*.wav").Length);
    }

    [Fact]
    public async Task A_failing_primary_engine_falls_back_with_a_warning()
    {
        var failing = new FakeSynthesizer("remote") { FailWith = new NarrationException("speech endpoint answered 500") };
        var (planner, fallback, cache) = Create(primary: failing);
        using var _ = cache;
        var plan = await planner.PlanAsync(Load());
        Assert.Equal(3, fallback.Calls);
        Assert.InRange(failing.Calls, 1, 2); // the first scene's two chunks run in parallel; later ones skip it
        Assert.Contains(plan.Warnings, w => w.Message.Contains("500") && w.Message.Contains("fake"));
        Assert.All(plan.Scenes.SelectMany(s => s.Chunks), c => Assert.Equal("fake", c.Clip.Voice.Engine));
    }
}
