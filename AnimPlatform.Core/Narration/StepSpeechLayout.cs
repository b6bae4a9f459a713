using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Lays out one scene's speech on its timeline: the scene's <c>narration</c> from the scene's start, as before;
/// each entry's <c>say</c> as the entry starts (after any speech still running, with a sentence gap). An entry
/// with a <c>say</c> lasts until its speech and the gap have passed, so the next entry never starts before the
/// voice is done, and the voice never starts before its entry. The extra time becomes pauses around the entry
/// (<see cref="Insert"/>), leaving every action's own animation and duration untouched.
/// With <c>meta.sayScope: step</c> (<paramref name="coversStep"/>) a <c>say</c> narrates its step: the entries after
/// it up to the next <c>say</c> play while it is spoken, and only the next step (that <c>say</c>'s entry together with the
/// instant changes right before it, such as its caption) or the scene's closing fade-out waits for the voice — so a
/// step's later changes are not held back until its sentence has ended, and the next caption never shows while the
/// previous sentence is still being said.
/// </summary>
public static class StepSpeechLayout
{
    /// <summary>A clip shorter than this (nothing to say, e.g. only punctuation) still shows its text for <see cref="SilentLength"/>.</summary>
    private const double SilentClip = 0.05, SilentLength = 0.3;

    public sealed record Layout(IReadOnlyList<NarrationChunk> Chunks, IReadOnlyList<TimelineWait> Waits, double TimelineLength);

    /// <param name="timeline">The scene's timeline as written.</param>
    /// <param name="sceneClips">The clips of the scene's <c>narration</c>, in order.</param>
    /// <param name="sayClips">Per entry index, the clips of its <c>say</c>, in order.</param>
    /// <param name="gap">Silence between two chunks (a sentence pause).</param>
    /// <param name="coversStep">A say runs over the entries after it up to the next say (<c>meta.sayScope: step</c>).</param>
    public static Layout Plan(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<SpeechClip> sceneClips,
        IReadOnlyDictionary<int, IReadOnlyList<SpeechClip>> sayClips, double gap, bool coversStep = false)
    {
        var chunks = new List<NarrationChunk>();
        var offset = 0.0;
        foreach (var clip in sceneClips)
        {
            chunks.Add(new NarrationChunk(clip.Text, offset, Length(clip), clip));
            offset += Length(clip) + gap;
        }
        var speechFree = chunks.Count > 0 ? chunks[^1].End + gap : 0; // the earliest start of the next speech
        var waits = new List<TimelineWait>();
        var t = 0.0;
        var lastSay = -1;
        for (var k = 0; k < timeline.Count; k++)
        {
            if (!sayClips.TryGetValue(k, out var clips) || clips.Count == 0)
            {
                t += timeline[k].Duration;
                continue;
            }
            var before = Math.Max(0, speechFree - t);
            t += before;
            var at = t;
            foreach (var clip in clips)
            {
                chunks.Add(new NarrationChunk(clip.Text, at, Length(clip), clip) { Entry = k });
                at += Length(clip) + gap;
            }
            var entryEnd = t + timeline[k].Duration;
            var after = coversStep ? 0 : Math.Max(0, at - entryEnd); // `at` = the last clip's end + the sentence gap
            t = entryEnd + after;
            speechFree = at;
            if (before > 0 || after > 0) waits.Add(new TimelineWait(coversStep ? StepStart(timeline, k, lastSay) : k, before, after));
            lastSay = k;
        }
        if (coversStep && speechFree - gap > t)
        {
            // The last say is still being spoken when the timeline ends: the picture holds (before a closing
            // fade-out, so what the voice talks about stays visible) until it has been said.
            var hold = speechFree - gap - t;
            var fade = timeline.Count > 0 && timeline[^1] is ParallelBlock { Actions.Count: > 0 } last && last.Actions.All(a => a.Name == "fade-out");
            var at = timeline.Count - 1;
            var existing = waits.FindIndex(w => w.Entry == at);
            var wait = fade ? new TimelineWait(at, hold, 0) : new TimelineWait(at, 0, hold);
            if (existing >= 0)
                waits[existing] = waits[existing] with { Before = waits[existing].Before + wait.Before, After = waits[existing].After + wait.After };
            else if (at >= 0)
                waits.Add(wait);
            t += hold;
        }
        return new Layout(chunks, waits, t);
    }

    /// <summary>
    /// Where the step narrated by the say of entry <paramref name="k"/> begins: the instant entries right before it
    /// (its caption, its variables) belong to it, back to the previous say's entry. Moving the wait before them leaves
    /// every clip's time as it is, since they take no time.
    /// </summary>
    private static int StepStart(IReadOnlyList<TimelineEntry> timeline, int k, int lastSay)
    {
        var start = k;
        while (start - 1 > lastSay && timeline[start - 1].Duration == 0) start--;
        return start;
    }

    /// <summary>The scene with each wait inserted as a <c>pause</c> before or after its entry (path <c>….say</c>).</summary>
    public static SceneManifest Insert(SceneManifest scene, IReadOnlyList<TimelineWait> waits)
    {
        if (waits.Count == 0) return scene;
        var byEntry = waits.ToDictionary(w => w.Entry);
        var timeline = new List<TimelineEntry>(scene.Timeline.Count + 2 * waits.Count);
        for (var k = 0; k < scene.Timeline.Count; k++)
        {
            var entry = scene.Timeline[k];
            var wait = byEntry.GetValueOrDefault(k);
            if (wait is { Before: > 0 }) timeline.Add(Pause($"{entry.Path}.say", wait.Before));
            timeline.Add(entry);
            if (wait is { After: > 0 }) timeline.Add(Pause($"{entry.Path}.say", wait.After));
        }
        return scene with { Timeline = timeline };
    }

    private static ActionStep Pause(string path, double seconds) =>
        new(path, "pause", new JsonObject
        {
            ["action"] = "pause",
            ["duration"] = seconds.ToString("0.######", CultureInfo.InvariantCulture) + "s",
        }, seconds);

    private static double Length(SpeechClip clip) => clip.Seconds < SilentClip ? SilentLength : clip.Seconds;
}
