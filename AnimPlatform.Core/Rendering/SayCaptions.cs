using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Step narration without a voice (<c>meta.sayCaptions</c>, narration off): each entry's <c>say</c> is a caption
/// from the entry's start until the next entry with a <c>say</c> starts, or the scene ends. The timing is the
/// manifest's own; nothing waits.
/// </summary>
public static class SayCaptions
{
    /// <param name="scene">The scene as compiled.</param>
    /// <param name="sceneStart">When its timeline starts (after its transition).</param>
    /// <param name="entryEnds">When each timeline entry ends (<see cref="SceneCompiler.SceneRun.EntryEnds"/>).</param>
    public static IReadOnlyList<SubtitleCue> Cues(SceneManifest scene, double sceneStart, IReadOnlyList<double> entryEnds)
    {
        var starts = scene.Timeline.Select((_, k) => k == 0 ? sceneStart : entryEnds[k - 1]).ToList();
        var sceneEnd = entryEnds.Count == 0 ? sceneStart : entryEnds[^1];
        var said = Enumerable.Range(0, scene.Timeline.Count).Where(k => scene.Timeline[k].Say is not null).ToList();
        var cues = new List<SubtitleCue>();
        for (var n = 0; n < said.Count; n++)
        {
            var start = starts[said[n]];
            var end = n + 1 < said.Count ? starts[said[n + 1]] : sceneEnd;
            if (end > start) cues.Add(new SubtitleCue(start, end, scene.Timeline[said[n]].Say!));
        }
        return cues;
    }
}
