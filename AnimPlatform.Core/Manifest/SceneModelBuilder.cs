using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Turns an inherited, palette-resolved scene mapping into the typed model. Tolerant by design: what the
/// validator reports as an error still builds (with defaults), so previews of half-written manifests work.
/// </summary>
public static class SceneModelBuilder
{
    public static SceneManifest Build(JsonObject manifest, string pathPrefix = "", CanvasSpec? fallbackCanvas = null)
    {
        var meta = BuildMeta(manifest["meta"] as JsonObject, fallbackCanvas);
        var objects = BuildObjects(manifest["objects"] as JsonArray, meta.Defaults);
        var timeline = BuildTimeline(manifest["timeline"] as JsonArray, pathPrefix);
        return new SceneManifest(meta, objects, timeline);
    }

    public static CanvasSpec ReadCanvas(JsonNode? canvas, CanvasSpec? fallback = null)
    {
        var width = canvas.Get("width").AsNumber() ?? fallback?.Width ?? 1920;
        var height = canvas.Get("height").AsNumber() ?? fallback?.Height ?? 1080;
        if (!double.IsFinite(width) || width <= 0) width = fallback?.Width ?? 1920;
        if (!double.IsFinite(height) || height <= 0) height = fallback?.Height ?? 1080;
        var background = canvas.Get("background").AsString() is { Length: > 0 } bg ? bg : CanvasSpec.DefaultBackground;
        return new CanvasSpec(width, height, background);
    }

    private static SceneMeta BuildMeta(JsonObject? meta, CanvasSpec? fallbackCanvas) => new(
        meta?["title"].ScalarText() ?? "",
        ReadCanvas(meta?["canvas"], fallbackCanvas),
        meta?["defaults"] as JsonObject ?? new JsonObject(),
        meta?["palette"] as JsonObject ?? new JsonObject(),
        meta?["easing"].AsString())
    {
        SayCaptions = meta?[StepNarration.CaptionsField].AsBool() == true,
        SayCoversStep = meta?[StepNarration.ScopeField].AsString() == StepNarration.StepScope,
    };

    private static List<ObjectDefinition> BuildObjects(JsonArray? list, JsonObject defaults)
    {
        var result = new List<ObjectDefinition>();
        var seen = new HashSet<string>();
        foreach (var item in list ?? [])
        {
            if (item is not JsonObject o) continue;
            var id = o["id"].ScalarText();
            var type = o["type"].AsString();
            if (string.IsNullOrEmpty(id) || type is null || !seen.Add(id)) continue;
            // Unknown type: skipped with a warning (validator V13).
            if (!VocabularyRegistry.TryGetKind(type, out var kind)) continue;
            result.Add(kind.Build(o, id, LayerStyle(defaults[type] as JsonObject, o["style"] as JsonObject)));
        }
        return result;
    }

    private static JsonObject LayerStyle(JsonObject? defaults, JsonObject? own)
    {
        var style = new JsonObject();
        foreach (var (k, v) in defaults ?? []) style[k] = v?.DeepClone();
        foreach (var (k, v) in own ?? []) style[k] = v?.DeepClone();
        return style;
    }

    public static Point2 ReadPoint(JsonNode? position)
    {
        var x = position.Get("x").AsNumber() ?? 0;
        var y = position.Get("y").AsNumber() ?? 0;
        return new Point2(double.IsFinite(x) ? x : 0, double.IsFinite(y) ? y : 0);
    }

    private static List<TimelineEntry> BuildTimeline(JsonArray? timeline, string prefix)
    {
        var result = new List<TimelineEntry>();
        if (timeline is null) return result;
        for (var i = 0; i < timeline.Count; i++)
        {
            var path = $"{prefix}timeline[{i}]";
            if (timeline[i] is not JsonObject entry) continue;
            if (entry.ContainsKey("parallel"))
            {
                var children = new List<ActionStep>();
                if (entry["parallel"] is JsonArray block)
                    for (var j = 0; j < block.Count; j++)
                        if (block[j] is JsonObject child)
                            children.Add(BuildAction(child, $"{path}.parallel[{j}]", nested: child.ContainsKey("parallel")));
                result.Add(new ParallelBlock(path, children) { Say = ReadSay(entry) });
            }
            else
            {
                result.Add(BuildAction(entry, path, nested: false) with { Say = ReadSay(entry) });
            }
        }
        return result;
    }

    /// <summary>An entry's <c>say</c> text, whitespace collapsed; null when absent, empty or not a string (the validator reports that).</summary>
    private static string? ReadSay(JsonObject entry) =>
        entry["say"].IsString() && Narration.SpeechCache.NormalizeText(entry["say"].AsString() ?? "") is { Length: > 0 } text ? text : null;

    /// <summary>A block nested in a block has no action of its own: it draws nothing and takes 0 s (spec §8.1).</summary>
    private static ActionStep BuildAction(JsonObject fields, string path, bool nested) =>
        nested
            ? new ActionStep(path, null, fields, 0)
            : new ActionStep(path, fields["action"].AsString(), fields, DurationParser.Parse(fields["duration"]));
}
