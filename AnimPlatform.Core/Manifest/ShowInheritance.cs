using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>Spec §2.5: completes a scene's meta from the show's (canvas, palette, defaults two levels deep, easing, sayCaptions).</summary>
public static class ShowInheritance
{
    /// <summary>Returns a deep copy of the scene manifest with the show meta merged in.</summary>
    public static JsonObject Apply(JsonObject? showMeta, JsonObject sceneManifest)
    {
        var scene = (JsonObject)sceneManifest.DeepClone();
        if (showMeta is null) return scene;
        if (scene["meta"] is not JsonObject meta)
        {
            if (scene["meta"] is not null) return scene; // a non-mapping meta is the validator's to report
            meta = new JsonObject();
            scene["meta"] = meta;
        }

        if (meta["canvas"] is null && showMeta["canvas"] is { } canvas)
            meta["canvas"] = canvas.DeepClone();

        meta["palette"] = MergeMaps(showMeta["palette"], meta["palette"]);

        var defaults = MergeMaps(showMeta["defaults"], meta["defaults"]);
        if (defaults is JsonObject merged && showMeta["defaults"] is JsonObject showDefaults && meta["defaults"] is JsonObject sceneDefaults)
        {
            foreach (var (type, showStyle) in showDefaults)
                if (showStyle is JsonObject a && sceneDefaults[type] is JsonObject b)
                    merged[type] = MergeMaps(a, b);
        }
        meta["defaults"] = defaults;

        if (string.IsNullOrEmpty(meta["easing"].AsString()) && showMeta["easing"] is { } easing)
            meta["easing"] = easing.DeepClone();
        if (!meta.ContainsKey(Vocabulary.StepNarration.CaptionsField) && showMeta[Vocabulary.StepNarration.CaptionsField] is { } captions)
            meta[Vocabulary.StepNarration.CaptionsField] = captions.DeepClone();
        if (!meta.ContainsKey(Vocabulary.StepNarration.ScopeField) && showMeta[Vocabulary.StepNarration.ScopeField] is { } scope)
            meta[Vocabulary.StepNarration.ScopeField] = scope.DeepClone();
        return scene;
    }

    /// <summary>Union of two mappings, the scene's keys winning; a non-mapping side is kept as is for the validator.</summary>
    private static JsonNode? MergeMaps(JsonNode? show, JsonNode? scene)
    {
        if (show is not JsonObject s) return scene?.DeepClone();
        if (scene is not null and not JsonObject) return scene.DeepClone();
        var result = (JsonObject)s.DeepClone();
        if (scene is JsonObject o)
            foreach (var (k, v) in o) result[k] = v?.DeepClone();
        return result;
    }
}
