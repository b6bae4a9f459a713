using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Turns a model's reply into a validated inline show: repair the JSON, parse it, bring single-scene
/// or wrapped replies into show shape, normalise (spec §14), validate, and compile once to collect the
/// renderer's warnings (unknown targets, nodes, indices) for the page.
/// </summary>
public static class AiReplyProcessor
{
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = ManifestLimits.MaxNestingDepth,
    };

    public sealed record Outcome(JsonObject? Show, List<string> Warnings, IReadOnlyList<Diagnostic> Diagnostics, string? Error);

    public static Outcome Process(string? reply, string topic)
    {
        var warnings = new List<string>();
        if (reply is { Length: > ManifestLimits.MaxBytes })
            return new Outcome(null, warnings, [], $"the AI reply is too large ({reply.Length / 1024} KB; at most {ManifestLimits.MaxBytes / 1024 / 1024} MB)");
        var repaired = JsonRepair.Repair(reply);
        warnings.AddRange(repaired.Repairs);
        if (repaired.Json is null) return new Outcome(null, warnings, [], $"the AI reply is not usable JSON: {repaired.Error}");

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(repaired.Json, documentOptions: ParseOptions);
        }
        catch (JsonException ex)
        {
            return new Outcome(null, warnings, [], $"the AI reply is not valid JSON: {ex.Message}");
        }
        if (node is not JsonObject root) return new Outcome(null, warnings, [], "the AI reply is JSON but not an object");

        var show = ToShow(root, warnings);
        warnings.AddRange(LenientNormalizer.Normalize(show));
        FillTitles(show, topic, warnings);

        var scenes = (JsonArray)show["scenes"]!;
        if (scenes.Count == 0) return new Outcome(show, warnings, [], "the AI reply has no scenes");

        var prepared = ManifestPipeline.FromNode(show);
        var errors = prepared.Errors.ToList();
        if (errors.Count > 0)
        {
            var first = string.Join("; ", errors.Take(3).Select(e => e.ToString()));
            return new Outcome(show, warnings, prepared.Diagnostics, $"the AI's show has {errors.Count} error(s): {first}");
        }
        warnings.AddRange(prepared.Warnings.Select(d => d.ToString()));
        try
        {
            var compiled = ShowCompiler.Compile(prepared.Show);
            warnings.AddRange(compiled.Warnings.Take(30).Select(d => d.ToString()));
            if (compiled.Warnings.Count > 30) warnings.Add($"… and {compiled.Warnings.Count - 30} more renderer warnings");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new Outcome(show, warnings, prepared.Diagnostics, $"the AI's show cannot be compiled: {ex.Message}");
        }
        return new Outcome(show, warnings, prepared.Diagnostics, null);
    }

    /// <summary>Unwraps {"show": {...}} and turns a single-scene manifest into a one-scene show.</summary>
    private static JsonObject ToShow(JsonObject root, List<string> warnings)
    {
        foreach (var key in new[] { "show", "manifest", "video" })
        {
            if (!root.ContainsKey("scenes") && root.Count == 1 && root[key] is JsonObject inner)
            {
                root.Remove(key);
                warnings.Add($"unwrapped the show from a \"{key}\" key");
                root = inner;
            }
        }
        if (root["scenes"] is null && (root.ContainsKey("objects") || root.ContainsKey("timeline")))
        {
            var meta = root["meta"] as JsonObject;
            var showMeta = meta?.DeepClone() as JsonObject ?? new JsonObject();
            warnings.Add("the reply was a single-scene manifest: wrapped it into a one-scene show");
            return new JsonObject
            {
                ["meta"] = showMeta,
                ["scenes"] = new JsonArray(new JsonObject { ["name"] = "scene-1", ["manifest"] = root.DeepClone() }),
            };
        }
        return root;
    }

    /// <summary>Validation needs a title on the show and on every scene (not inherited, spec §2.5); use names.</summary>
    private static void FillTitles(JsonObject show, string topic, List<string> warnings)
    {
        var meta = (JsonObject)show["meta"]!;
        if (meta["title"].ScalarText() is not { Length: > 0 })
        {
            meta["title"] = topic.Length > 80 ? topic[..80] : topic;
            warnings.Add("meta.title: missing — using the topic");
        }
        var scenes = (JsonArray)show["scenes"]!;
        for (var i = 0; i < scenes.Count; i++)
        {
            if (scenes[i] is not JsonObject scene || scene["manifest"]?["meta"] is not JsonObject sceneMeta) continue;
            if (sceneMeta["title"].ScalarText() is { Length: > 0 }) continue;
            sceneMeta["title"] = scene["name"].ScalarText() ?? $"scene-{i + 1}";
            warnings.Add($"scenes[{i}].manifest.meta.title: missing — using the scene name");
        }
    }
}
