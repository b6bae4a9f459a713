using System.Diagnostics;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Speaks every scene's narration and its entries' <c>say</c> texts chunk by chunk (cached) and lays the clips out
/// (<see cref="StepSpeechLayout"/>): the narration's first chunk starts with the scene, each next one after the
/// previous clip plus a sentence gap; a <c>say</c> starts with its entry, which lasts until it has been said.
/// Then applies the padding rule.
/// Cue times are the clips' own measured times, not estimates from word counts.
/// </summary>
public sealed class NarrationPlanner(SpeechService speech, NarrationOptions options)
{
    public SpeechService Speech { get; } = speech;

    public async Task<NarrationPlan> PlanAsync(ShowDocument show, IProgress<RenderStageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var characters = show.Scenes.Sum(NarrationEstimate.Characters);
        if (characters > options.MaxNarrationCharacters)
            throw new NarrationException($"the narration has {characters} characters; at most {options.MaxNarrationCharacters} are allowed");

        var clock = Stopwatch.StartNew();
        var warnings = new List<Diagnostic>();
        var scenes = new List<SceneNarration>();
        int chunkCount = 0, hits = 0;
        double speechSeconds = 0;
        var total = show.Scenes.Count;
        var label = "";
        for (var i = 0; i < total; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = show.Scenes[i];
            // What to speak: the scene's narration (path scenes[i].narration), then each entry's say (its own path).
            var texts = SubtitleChunker.Split(entry.Narration).Select(t => (Text: t, Entry: (int?)null, Path: $"scenes[{i}].narration")).ToList();
            var timeline = entry.Scene.Timeline;
            for (var k = 0; k < timeline.Count; k++)
                texts.AddRange(SubtitleChunker.Split(timeline[k].Say).Select(t => (t, (int?)k, $"{timeline[k].Path}.say")));
            if (texts.Count == 0) continue;
            label = $"Narrating scene {i + 1}/{total}";
            progress?.Report(new RenderStageProgress(RenderStage.Narrating, label, 10.0 * i / total));
            var clips = await SpeakAllAsync(texts.Select(t => t.Text).ToList(), cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < clips.Length; c++)
                if (clips[c].Warning is { } w && warnings.All(d => d.Message != w)) warnings.Add(Diagnostic.Warning(texts[c].Path, w));

            var sceneClips = clips.Where((_, c) => texts[c].Entry is null).ToList();
            var sayClips = clips.Select((clip, c) => (clip, texts[c].Entry)).Where(x => x.Entry is not null)
                .GroupBy(x => x.Entry!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<SpeechClip>)g.Select(x => x.clip).ToList());
            var layout = StepSpeechLayout.Plan(timeline, sceneClips, sayClips, options.ChunkGapSeconds, entry.Scene.Meta.SayCoversStep);
            var chunks = layout.Chunks;
            var speech = chunks.Max(c => c.End);
            var animation = layout.TimelineLength;
            var (pause, capped) = NarrationPadding.Compute(speech, animation, options.MaxPaddingSeconds);
            // Spec §11: the scene lasts until timeline and speech (its subtitle track) have ended — unless the
            // padding cap was reached: then the scene ends with its padded timeline and the speech is cut there.
            var sceneLength = capped ? animation + pause : Math.Max(animation + pause, speech);
            var narration = new SceneNarration(i, entry.Name, chunks, animation, pause, sceneLength) { Waits = layout.Waits };
            if (narration.CutSeconds > 0)
                warnings.Add(Diagnostic.Warning($"scenes[{i}].narration",
                    $"scene \"{entry.Name}\": the narration lasts {speech:0.0} s but the animation only {animation:0.0} s; " +
                    $"the pause added is capped at {options.MaxPaddingSeconds:0.#} s, so the last {narration.CutSeconds:0.0} s of speech are cut — " +
                    "shorten the narration or lengthen the scene"));
            scenes.Add(narration);
            chunkCount += clips.Length;
            hits += clips.Count(c => c.FromCache);
            speechSeconds += chunks.Sum(c => c.Length);
        }
        if (scenes.Count > 0) progress?.Report(new RenderStageProgress(RenderStage.Narrating, label, 10));
        return new NarrationPlan(scenes, warnings, new NarrationStats(chunkCount, hits, clock.Elapsed.TotalSeconds, speechSeconds));
    }

    private async Task<SpeechClip[]> SpeakAllAsync(IReadOnlyList<string> texts, CancellationToken token)
    {
        var clips = new SpeechClip[texts.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, texts.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelSynthesis, CancellationToken = token },
            async (k, ct) => clips[k] = await Speech.SpeakAsync(texts[k], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return clips;
    }
}
