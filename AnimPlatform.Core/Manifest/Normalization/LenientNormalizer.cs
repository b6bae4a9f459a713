using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Manifest.Vocabulary;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;

namespace AnimPlatform.Core.Manifest.Normalization;

/// <summary>
/// Spec §14: repairs an inline show produced by a text generator (an AI reply) before it is rendered.
/// Mutates the document and returns one human-readable warning per repair, each prefixed with its path.
/// </summary>
public static partial class LenientNormalizer
{
    public const double DefaultWidth = 1920;
    public const double DefaultHeight = 1080;
    public const string DefaultBackground = "#0f0f23";

    public static readonly IReadOnlyList<string> FallbackColors =
        ["#e74c3c", "#2ecc71", "#3498db", "#f39c12", "#9b59b6", "#1abc9c", "#e67e22", "#ecf0f1", "#d35400", "#c0392b"];

    private static readonly HashSet<string> TransitionTypes = ["fade", "crossfade", "slide-left", "slide-right"];
    /// <summary>Action names the normaliser keeps (every registered action).</summary>
    public static IReadOnlyCollection<string> ActionNames => VocabularyRegistry.ActionNames;

    /// <summary>Normalises <paramref name="show"/> in place and returns the warnings.</summary>
    public static List<string> Normalize(JsonObject show)
    {
        var warnings = new List<string>();
        void Warn(string path, string message) => warnings.Add(string.IsNullOrEmpty(path) ? message : $"{path}: {message}");

        // Show meta.
        if (show["meta"] is not JsonObject meta)
        {
            meta = new JsonObject();
            show["meta"] = meta;
            Warn("meta", "missing meta — using {}");
        }
        if (meta["canvas"] is not JsonObject canvas)
        {
            meta["canvas"] = DefaultCanvas();
            Warn("meta.canvas", "missing canvas — using 1920×1080");
        }
        else
        {
            if (Number(canvas["width"]) is not { } w || w == 0)
            {
                canvas["width"] = DefaultWidth;
                Warn("meta.canvas.width", "invalid width — using 1920");
            }
            else canvas["width"] = w;
            if (Number(canvas["height"]) is not { } h || h == 0)
            {
                canvas["height"] = DefaultHeight;
                Warn("meta.canvas.height", "invalid height — using 1080");
            }
            else canvas["height"] = h;
            if (canvas["background"].AsString() is not { Length: > 0 })
            {
                canvas["background"] = DefaultBackground;
                Warn("meta.canvas.background", $"invalid background — using {DefaultBackground}");
            }
        }
        if (meta["palette"] is not JsonObject) meta["palette"] = new JsonObject();
        if (meta.ContainsKey("easing") && !Easings.IsKnown(meta["easing"].AsString()))
        {
            meta.Remove("easing");
            Warn("meta.easing", "unknown easing removed");
        }
        if (show["scenes"] is not JsonArray scenes)
        {
            scenes = new JsonArray();
            show["scenes"] = scenes;
            Warn("scenes", "missing scenes — using []");
        }

        var showCanvas = (JsonObject)meta["canvas"]!;
        for (var i = 0; i < scenes.Count; i++)
        {
            if (scenes[i] is not JsonObject scene)
            {
                scene = new JsonObject();
                scenes[i] = scene;
                Warn($"scenes[{i}]", "scene entry is not a mapping — replaced by an empty scene");
            }
            NormalizeScene(scene, i, showCanvas, Warn);
        }

        // Palette repair: every $name used in an action colour exists in the show palette.
        var palette = (JsonObject)meta["palette"]!;
        var next = 0;
        foreach (var name in UsedPaletteNames(scenes))
        {
            if (palette.ContainsKey(name)) continue;
            var color = FallbackColors[next++ % FallbackColors.Count];
            palette[name] = color;
            Warn("meta.palette", $"\"${name}\" was not declared — auto-assigned {color}");
        }
        return warnings;
    }

    private static JsonObject DefaultCanvas() =>
        new() { ["width"] = DefaultWidth, ["height"] = DefaultHeight, ["background"] = DefaultBackground };

    private static void NormalizeScene(JsonObject scene, int i, JsonObject showCanvas, Action<string, string> warn)
    {
        var path = $"scenes[{i}]";
        var label = scene["name"].AsString() is { Length: > 0 } n ? n : $"scene-{i + 1}";
        if (scene["name"].AsString() is not { Length: > 0 }) scene["name"] = label;

        // Transition.
        var t = scene["transition"];
        if (i == 0) scene["transition"] = "none";
        else if (t is null || t.AsString() == "none") scene["transition"] = "none";
        else if (t.AsString() is { } bare)
        {
            if (TransitionTypes.Contains(bare))
            {
                scene["transition"] = new JsonObject { ["type"] = bare, ["duration"] = "1s" };
                warn($"{path}.transition", $"\"{bare}\" written as {{type: {bare}, duration: 1s}}");
            }
            else
            {
                scene["transition"] = "none";
                warn($"{path}.transition", $"unknown transition \"{bare}\" — using none");
            }
        }
        else if (t is not JsonObject to || to["type"].AsString() is not { } type || !TransitionTypes.Contains(type))
        {
            var isNone = t is JsonObject tn && tn["type"].AsString() == "none";
            scene["transition"] = "none";
            if (!isNone) warn($"{path}.transition", "transition without a valid type — using none");
        }
        else
        {
            NormalizeDuration(to, $"{path}.transition", warn, always: true);
        }

        if (scene["manifest"] is not JsonObject manifest)
        {
            scene["manifest"] = new JsonObject
            {
                ["meta"] = new JsonObject { ["title"] = label, ["canvas"] = DefaultCanvas() },
                ["objects"] = new JsonArray(),
                ["timeline"] = new JsonArray(),
            };
            warn($"{path}.manifest", "missing manifest — the scene is empty");
            return;
        }
        var mpath = $"{path}.manifest";
        if (manifest["meta"] is not JsonObject sceneMeta)
        {
            manifest["meta"] = new JsonObject { ["title"] = label, ["canvas"] = showCanvas.DeepClone() };
        }
        else if (sceneMeta["canvas"] is not JsonObject)
        {
            sceneMeta["canvas"] = showCanvas.DeepClone();
        }
        if (manifest["objects"] is not JsonArray objects)
        {
            objects = new JsonArray();
            manifest["objects"] = objects;
            warn($"{mpath}.objects", "missing objects — using []");
        }
        if (manifest["timeline"] is not JsonArray timeline)
        {
            timeline = new JsonArray();
            manifest["timeline"] = timeline;
            warn($"{mpath}.timeline", "missing timeline — using []");
        }
        var ids = NormalizeObjects(objects, mpath, warn);
        NormalizeTimeline(timeline, ids, mpath, warn);
    }

    // ---------------------------------------------------------------- objects

    private static HashSet<string> NormalizeObjects(JsonArray objects, string mpath, Action<string, string> warn)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var k = objects.Count - 1; k >= 0; k--)
            if (objects[k] is not JsonObject o || o["id"].ScalarText() is not { Length: > 0 } || o["type"].AsString() is not { Length: > 0 })
            {
                warn($"{mpath}.objects[{k}]", "object without id or type dropped");
                objects.RemoveAt(k);
            }
        for (var k = 0; k < objects.Count; k++)
        {
            var o = (JsonObject)objects[k]!;
            var id = o["id"].ScalarText()!;
            if (!ids.Add(id))
            {
                warn($"{mpath}.objects[{k}]", $"duplicate id \"{id}\" dropped");
                objects.RemoveAt(k--);
            }
        }
        for (var k = 0; k < objects.Count; k++)
        {
            var o = (JsonObject)objects[k]!;
            var path = $"{mpath}.objects[{k}]";
            if (VocabularyRegistry.TryGetKind(o["type"].AsString(), out var kind)) kind.Repair?.Invoke(o, path, warn);
            else warn($"{path}.type", $"unknown object type \"{o["type"].AsString()}\"");
        }
        return ids;
    }

    /// <summary>
    /// Graph and tree nodes alike (spec §14): a non-list becomes [] (warning), nodes without id are dropped
    /// (warning), a missing label becomes the id; <paramref name="more"/> fixes type-specific fields.
    /// </summary>
    internal static HashSet<string> NormalizeNodes(JsonObject o, string path, Action<string, string> warn, Action<JsonObject> more)
    {
        if (o["nodes"] is not JsonArray nodes)
        {
            nodes = new JsonArray();
            o["nodes"] = nodes;
            warn($"{path}.nodes", "nodes is not a list — using []");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < nodes.Count; k++)
        {
            if (nodes[k] is not JsonObject n || n["id"].ScalarText() is not { Length: > 0 } id)
            {
                warn($"{path}.nodes[{k}]", "node without id dropped");
                nodes.RemoveAt(k--);
                continue;
            }
            ids.Add(id);
            more(n);
            if (!n.ContainsKey("label") || n["label"] is null) n["label"] = id;
        }
        return ids;
    }

    internal static void FixPosition(JsonObject o, string path, Action<string, string> warn)
    {
        if (o["position"] is not JsonObject p)
        {
            o["position"] = new JsonObject { ["x"] = 960, ["y"] = 540 };
            warn($"{path}.position", "missing position — using the canvas centre (960, 540)");
            return;
        }
        p["x"] = Number(p["x"]) ?? 960;
        p["y"] = Number(p["y"]) ?? 540;
    }

    // ---------------------------------------------------------------- timeline

    private static void NormalizeTimeline(JsonArray timeline, HashSet<string> ids, string mpath, Action<string, string> warn)
    {
        for (var k = timeline.Count - 1; k >= 0; k--)
        {
            var path = $"{mpath}.timeline[{k}]";
            if (timeline[k] is JsonObject entry && entry.ContainsKey("parallel"))
            {
                if (entry["parallel"] is not JsonArray block)
                {
                    warn(path, "parallel is not a list — entry dropped");
                    timeline.RemoveAt(k);
                    continue;
                }
                for (var j = block.Count - 1; j >= 0; j--)
                {
                    // A say inside the block is spoken for the block: lifted onto it (the first one, in order).
                    if (block[j] is JsonObject child && child[StepNarration.SayField].IsString() && child.Remove(StepNarration.SayField, out var lifted))
                    {
                        entry[StepNarration.SayField] = lifted;
                        warn($"{path}.parallel[{j}].say", "say moved onto the parallel block");
                    }
                    if (!NormalizeAction(block[j] as JsonObject, ids, $"{path}.parallel[{j}]", warn))
                        block.RemoveAt(j);
                }
                NormalizeSay(entry, path, warn);
                if (block.Count == 0)
                {
                    warn(path, "empty parallel block dropped");
                    timeline.RemoveAt(k);
                }
                continue;
            }
            var say = (timeline[k] as JsonObject)?.Remove(StepNarration.SayField, out var text) == true ? text : null;
            if (!NormalizeAction(timeline[k] as JsonObject, ids, path, warn)) timeline.RemoveAt(k);
            else if (say is not null)
            {
                timeline[k]![StepNarration.SayField] = say;
                NormalizeSay((JsonObject)timeline[k]!, path, warn);
            }
        }
    }

    /// <summary>Keeps an entry's say as a non-empty string (a number or flag becomes its text), cut to the allowed length.</summary>
    private static void NormalizeSay(JsonObject entry, string path, Action<string, string> warn)
    {
        if (!entry.ContainsKey(StepNarration.SayField)) return;
        var text = entry[StepNarration.SayField].ScalarText()?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            entry.Remove(StepNarration.SayField);
            warn($"{path}.say", "empty or unusable say removed");
            return;
        }
        if (text.Length > StepNarration.MaxSayLength)
        {
            text = text[..StepNarration.MaxSayLength];
            warn($"{path}.say", $"say cut to {StepNarration.MaxSayLength} characters");
        }
        entry[StepNarration.SayField] = text;
    }

    /// <summary>Repairs one action in place; false when it must be dropped.</summary>
    private static bool NormalizeAction(JsonObject? a, HashSet<string> ids, string path, Action<string, string> warn)
    {
        if (a is null || a.ContainsKey("parallel") || a["action"].AsString() is not { } name)
        {
            warn(path, "entry without an action dropped");
            return false;
        }
        if (!VocabularyRegistry.TryGetAction(name, out var spec))
        {
            warn(path, $"unknown action \"{name}\" dropped");
            return false;
        }
        if (a.ContainsKey("duration")) NormalizeDuration(a, path, warn, always: false);
        if (a.ContainsKey("easing") && !Easings.IsKnown(a["easing"].AsString()))
        {
            a.Remove("easing");
            warn($"{path}.easing", "unknown easing removed");
        }
        if (a.ContainsKey("target") && (a["target"].ScalarText() is not { } target || !ids.Contains(target)))
            warn($"{path}.target", $"{name}: target \"{a["target"].ScalarText()}\" is not an object of this scene");

        if (spec.Repair?.Invoke(a, path, warn) is { } why)
        {
            warn(path, $"{name} dropped: {why}");
            return false;
        }
        if (!a.ContainsKey("duration") && spec.DefaultDuration is { } d) a["duration"] = d;

        var allowed = new HashSet<string>(VocabularyRegistry.LenientFields(spec)) { "action", "duration" };
        foreach (var key in a.Select(p => p.Key).Where(k => !allowed.Contains(k)).ToList())
        {
            a.Remove(key);
            warn($"{path}.{key}", $"{name} does not take \"{key}\" — removed");
        }
        return true;
    }

    [GeneratedRegex(@"^\s*([0-9]*\.?[0-9]+)", RegexOptions.NonBacktracking)]
    private static partial Regex LeadingNumber();

    /// <summary>
    /// Duration rule: valid strings kept; other strings starting with a positive number → "&lt;number&gt;s";
    /// positive numbers → "&lt;number&gt;s"; anything else → "1s" (warning).
    /// </summary>
    private static void NormalizeDuration(JsonObject o, string path, Action<string, string> warn, bool always)
    {
        var value = o["duration"];
        if (!always && !o.ContainsKey("duration")) return;
        if (value.AsString() is { } s)
        {
            DurationParser.Parse(value, out var valid);
            if (valid) return;
            var m = LeadingNumber().Match(s);
            if (m.Success && double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lead) && lead > 0)
            {
                o["duration"] = FormatSeconds(lead);
                return;
            }
        }
        else if (Number(value) is { } n && n > 0 && double.IsFinite(n))
        {
            o["duration"] = FormatSeconds(n);
            return;
        }
        o["duration"] = "1s";
        warn($"{path}.duration", $"invalid duration {value?.ToJsonString() ?? "(missing)"} — using 1s");
    }

    private static string FormatSeconds(double v) => v.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    // ---------------------------------------------------------------- helpers

    private static IEnumerable<string> UsedPaletteNames(JsonArray scenes)
    {
        var seen = new List<string>();
        foreach (var scene in scenes.OfType<JsonObject>())
        {
            if ((scene["manifest"] as JsonObject)?["timeline"] is not JsonArray timeline) continue;
            foreach (var entry in timeline.OfType<JsonObject>())
            {
                var actions = entry["parallel"] is JsonArray block ? block.OfType<JsonObject>() : [entry];
                foreach (var a in actions)
                    if (a["color"].AsString() is { Length: > 1 } c && c.StartsWith('$') && !seen.Contains(c[1..]))
                        seen.Add(c[1..]);
            }
        }
        return seen;
    }
}
