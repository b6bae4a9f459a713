using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Web.Drafts;

/// <summary>
/// A show being edited: the show meta and each scene as text. Composes them into one inline show document,
/// so validation paths (<c>scenes[2].manifest.timeline[7].node</c>) point back into the editors.
/// </summary>
public sealed class ShowDraft
{
    public string MetaText { get; set; } = "";
    public List<SceneDraft> Scenes { get; } = [];

    /// <summary>Splits a document (single manifest or show) into editable parts; file scenes must already be inline.</summary>
    public static ShowDraft FromDocument(JsonObject root) => FromDocument(root, null);

    /// <summary>
    /// Splits a document the user wrote: each editor gets the user's own text for its part (YAML stays YAML,
    /// comments stay); the show meta, which a single manifest does not have, is written in the same language.
    /// </summary>
    public static ShowDraft FromText(string text, JsonObject root) => FromDocument(root, text);

    private static ShowDraft FromDocument(JsonObject root, string? text)
    {
        var draft = new ShowDraft();
        var source = text is null ? null : SourceMap.Of(text);
        var yaml = text is not null && !SourceMap.IsJson(text);
        if (root["scenes"] is not JsonArray scenes)
        {
            // A single-scene manifest becomes a show of one scene with the same meta: same frames, same length.
            draft.MetaText = yaml ? YamlText.Write(Meta(root["meta"])) : Format(Meta(root["meta"]));
            draft.Scenes.Add(new SceneDraft { Name = "scene-1", ManifestText = text?.Trim() is { Length: > 0 } own ? own : Format(root) });
            return draft;
        }
        draft.MetaText = source?.Slice("meta") ?? Format(root["meta"] ?? new JsonObject());
        for (var i = 0; i < scenes.Count; i++)
        {
            var entry = scenes[i] as JsonObject ?? new JsonObject();
            var transition = entry["transition"] as JsonObject;
            draft.Scenes.Add(new SceneDraft
            {
                Name = entry["name"].AsString() ?? $"scene-{i + 1}",
                Narration = entry["narration"].ScalarText() ?? "",
                Transition = transition?["type"].AsString() ?? (entry["transition"].AsString() is { } t && t != "none" ? t : "none"),
                TransitionSeconds = transition is null ? 0.8 : DurationParser.Parse(transition["duration"]) is var d && d > 0 ? d : 0.8,
                ManifestText = source?.Slice($"scenes[{i}].manifest") ?? Format(entry["manifest"] ?? new JsonObject()),
            });
        }
        return draft;
    }

    /// <summary>Builds the show; texts that don't parse become errors located at their editor.</summary>
    public (JsonObject Show, List<Diagnostic> ParseErrors) Compose()
    {
        var errors = new List<Diagnostic>();
        var meta = ParseObject(MetaText, "meta", errors) ?? new JsonObject();
        var scenes = new JsonArray();
        for (var i = 0; i < Scenes.Count; i++)
        {
            var scene = Scenes[i];
            var entry = new JsonObject { ["name"] = scene.Name };
            if (!string.IsNullOrWhiteSpace(scene.Narration)) entry["narration"] = scene.Narration;
            if (i > 0 && scene.Transition != "none")
                entry["transition"] = new JsonObject { ["type"] = scene.Transition, ["duration"] = $"{scene.TransitionSeconds:0.###}s" };
            entry["manifest"] = ParseObject(scene.ManifestText, $"scenes[{i}].manifest", errors) ?? new JsonObject();
            scenes.Add(entry);
        }
        return (new JsonObject { ["meta"] = meta, ["scenes"] = scenes }, errors);
    }

    /// <summary>
    /// Validates the composed show. Parse errors come first; what the pipeline then says about a part that did not
    /// parse is a knock-on of that one error and is dropped; show-wide limits point at the entry that causes them.
    /// </summary>
    public PreparedDocument Prepare()
    {
        var (show, parseErrors) = Compose();
        var prepared = ManifestPipeline.FromNode(show);
        var unparsed = parseErrors.Select(e => e.Path).ToHashSet();
        var kept = prepared.Diagnostics
            .Where(d => !unparsed.Any(p => d.Path == p || d.Path.StartsWith(p + ".", StringComparison.Ordinal) || d.Path.StartsWith(p + "[", StringComparison.Ordinal)))
            .Select(d => d.Path == "scenes" ? Attribute(d, prepared.Show) : d);
        return prepared with { Diagnostics = [.. parseErrors, .. kept] };
    }

    /// <summary>A show-wide length/size error belongs where the time goes: the longest timeline entry.</summary>
    private static Diagnostic Attribute(Diagnostic d, AnimPlatform.Core.Manifest.Model.ShowDocument show)
    {
        var longest = show.Scenes.SelectMany(s => s.Scene.Timeline).MaxBy(e => e.Duration);
        return longest is null || string.IsNullOrEmpty(longest.Path) ? d : d with { Path = longest.Path, Message = $"{d.Message} (the longest entry is here: {longest.Duration:0.#} s)" };
    }

    /// <summary>The diagnostics that belong to scene i, with paths made relative to its manifest.</summary>
    public static IEnumerable<Diagnostic> ForScene(IEnumerable<Diagnostic> all, int index)
    {
        var prefix = $"scenes[{index}].manifest";
        foreach (var d in all)
        {
            if (d.Path == prefix) yield return d with { Path = "" };
            else if (d.Path.StartsWith(prefix + ".", StringComparison.Ordinal)) yield return d with { Path = d.Path[(prefix.Length + 1)..] };
            else if (d.Path.StartsWith($"scenes[{index}].", StringComparison.Ordinal) || d.Path == $"scenes[{index}]") yield return d;
        }
    }

    /// <summary>Diagnostics about the show itself (meta, scene list), not inside one scene.</summary>
    public static IEnumerable<Diagnostic> ForShow(IEnumerable<Diagnostic> all) =>
        all.Where(d => !d.Path.StartsWith("scenes", StringComparison.Ordinal));

    /// <summary>Diagnostics about the scene list as a whole (path "scenes").</summary>
    public static IEnumerable<Diagnostic> ForSceneList(IEnumerable<Diagnostic> all) =>
        all.Where(d => d.Path == "scenes");

    private static JsonObject Meta(JsonNode? meta)
    {
        var result = new JsonObject();
        if (meta is not JsonObject m) return result;
        foreach (var key in new[] { "title", "topic", "canvas" })
            if (m[key] is { } v) result[key] = v.DeepClone();
        return result;
    }

    private static JsonObject? ParseObject(string text, string path, List<Diagnostic> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Diagnostic.Error(path, "empty: write a YAML or JSON mapping"));
            return null;
        }
        try
        {
            if (DocumentReader.Read(text) is JsonObject o) return o;
            errors.Add(Diagnostic.Error(path, "must be a mapping (key: value pairs)"));
        }
        catch (ManifestParseException ex)
        {
            errors.Add(Diagnostic.Error(path, ex.Message));
        }
        return null;
    }

    public static string Format(JsonNode node) => node.ToJsonString(JsonNodeExtensions.LenientJson);
}
