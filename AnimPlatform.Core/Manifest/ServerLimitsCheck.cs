using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Rejects documents that would hurt the server: huge canvases, very long videos, enormous timelines,
/// too many scenes, narration longer than a scene can speak.
/// </summary>
public static class ServerLimitsCheck
{
    public static IEnumerable<Diagnostic> Check(ShowDocument show, SourceDocument source)
    {
        var canvasPath = source.IsShow ? "meta.canvas" : "meta.canvas";
        if (show.Canvas.Width > ManifestLimits.MaxCanvasWidth || show.Canvas.Height > ManifestLimits.MaxCanvasHeight)
            yield return Diagnostic.Error(canvasPath,
                $"canvas {show.Canvas.Width}x{show.Canvas.Height} is larger than the maximum {ManifestLimits.MaxCanvasWidth}x{ManifestLimits.MaxCanvasHeight}");
        foreach (var scene in source.Scenes)
        {
            var canvas = (scene.Manifest["meta"] as JsonObject)?["canvas"];
            var w = canvas.Get("width").AsNumber() ?? 0;
            var h = canvas.Get("height").AsNumber() ?? 0;
            if (source.IsShow && (w > ManifestLimits.MaxCanvasWidth || h > ManifestLimits.MaxCanvasHeight))
                yield return Diagnostic.Error($"{scene.PathPrefix}meta.canvas",
                    $"canvas {w}x{h} is larger than the maximum {ManifestLimits.MaxCanvasWidth}x{ManifestLimits.MaxCanvasHeight}");
        }

        if (source.IsShow && source.Root["scenes"] is JsonArray sceneList)
        {
            if (sceneList.Count > ManifestLimits.MaxScenes)
                yield return Diagnostic.Error("scenes",
                    $"{sceneList.Count} scenes; a show can have at most {ManifestLimits.MaxScenes} (split it into several shows)");
            for (var i = 0; i < sceneList.Count; i++)
            {
                if ((sceneList[i] as JsonObject)?["narration"].ScalarText() is { Length: > ManifestLimits.MaxNarrationLength } narration)
                    yield return Diagnostic.Error($"scenes[{i}].narration",
                        $"narration is {narration.Length} characters; at most {ManifestLimits.MaxNarrationLength} are allowed per scene");
            }
        }

        var entries = show.Scenes.Sum(s => s.Scene.Timeline.Sum(e => e is ParallelBlock b ? 1 + b.Actions.Count : 1));
        if (entries > ManifestLimits.MaxTimelineEntries)
            yield return Diagnostic.Error(source.IsShow ? "scenes" : "timeline",
                $"{entries} timeline entries; at most {ManifestLimits.MaxTimelineEntries} are allowed");

        // Step narration (say) counts into the narration limits: per scene with its narration, and per video.
        for (var i = 0; i < show.Scenes.Count; i++)
        {
            var scene = show.Scenes[i];
            var says = scene.Scene.Timeline.Sum(e => e.Say?.Length ?? 0);
            var spoken = NarrationEstimate.Characters(scene);
            if (says > 0 && spoken > ManifestLimits.MaxNarrationLength)
                yield return Diagnostic.Error(source.IsShow ? $"scenes[{i}]" : "timeline",
                    $"the scene speaks {spoken} characters (narration and say together); at most {ManifestLimits.MaxNarrationLength} are allowed per scene");
        }

        var narrated = show.Scenes.Where(s => NarrationEstimate.Characters(s) > 0).ToList();
        var characters = narrated.Sum(NarrationEstimate.Characters);
        if (characters > ManifestLimits.MaxNarrationCharacters)
            yield return Diagnostic.Error(source.IsShow ? "scenes" : "narration",
                $"the narration has {characters} characters in all; at most {ManifestLimits.MaxNarrationCharacters} are allowed per video");

        // The cap counts the pauses narration will add (estimated from its length, spec §12.3), not only the timeline.
        var pauses = narrated.Sum(s => NarrationEstimate.ExtraSeconds(s));
        var duration = show.Duration + pauses;
        if (duration > ManifestLimits.MaxTotalSeconds)
            yield return Diagnostic.Error(source.IsShow ? "scenes" : "timeline",
                $"the video would last {duration:0.#} s"
                + (pauses > 0 ? $" (including about {pauses:0.#} s of narration pauses)" : "")
                + $"; at most {ManifestLimits.MaxTotalSeconds / 60:0} minutes are allowed");
    }
}
