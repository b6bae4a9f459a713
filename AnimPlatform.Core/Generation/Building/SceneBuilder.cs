using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// One inline scene (spec §2.3): its objects and timeline. Objects start invisible (spec §5.5), so every
/// object added here must be faded in by the generator; <see cref="FadeOutAll"/> ends a scene cleanly.
/// </summary>
public sealed class SceneBuilder
{
    private readonly List<JsonObject> _objects = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly JsonArray _timeline = [];

    internal SceneBuilder(string name, string narration, JsonNode transition)
    {
        Name = name;
        Narration = narration;
        Transition = transition;
    }

    public string Name { get; }
    public string Narration { get; set; }
    public JsonNode Transition { get; }

    /// <summary>
    /// Step narration: while true, <see cref="StandardScenes.Step"/> speaks each caption (<c>say</c> on its entry; with
    /// narration on, the next entry waits until it has been said). Generators turn it off for later, faster passes.
    /// </summary>
    public bool Speaking { get; set; }

    /// <summary>Characters given to <c>say</c> in this scene (held well under the per-scene narration limit).</summary>
    public int SpokenCharacters { get; private set; }

    /// <summary>Spoken characters a scene may use; past it, steps are shown without being said.</summary>
    public const int MaxSpokenCharacters = 3500;

    /// <summary>Total duration of the timeline so far (sequential sum, max of parallel blocks).</summary>
    public double Duration { get; private set; }

    public SceneBuilder Add(JsonObject obj)
    {
        var id = (string)obj["id"]!;
        if (!_ids.Add(id)) throw new InvalidOperationException($"duplicate object id \"{id}\" in scene {Name}");
        _objects.Add(obj);
        return this;
    }

    public bool Has(string id) => _ids.Contains(id);

    /// <summary>A text object centred on (x, y) (spec §5.4), empty until set-text.</summary>
    public SceneBuilder Text(string id, double x, double y, string font, string color, string content = "") =>
        Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "text",
            ["content"] = content,
            ["position"] = Pos(x, y),
            ["style"] = new JsonObject { ["font"] = font, ["color"] = color, ["align"] = "center" },
        });

    public SceneBuilder DataStructure(string id, string variant, double x, double y, JsonObject? style = null)
    {
        var o = new JsonObject { ["id"] = id, ["type"] = "data-structure", ["variant"] = variant, ["position"] = Pos(x, y) };
        if (style is not null) o["style"] = style;
        return Add(o);
    }

    public static JsonObject Pos(double x, double y) => new() { ["x"] = Math.Round(x, 2), ["y"] = Math.Round(y, 2) };

    public SceneBuilder Do(JsonObject action)
    {
        _timeline.Add(action);
        AttachPendingSay(action);
        Duration += DurationOf(action);
        return this;
    }

    /// <summary>Runs the actions together; one action is added as is, none adds nothing.</summary>
    public SceneBuilder Together(IEnumerable<JsonObject> actions)
    {
        var list = actions.ToList();
        if (list.Count == 0) return this;
        if (list.Count == 1) return Do(list[0]);
        var block = new JsonObject { ["parallel"] = new JsonArray(list.ToArray<JsonNode?>()) };
        _timeline.Add(block);
        AttachPendingSay(block);
        Duration += list.Max(DurationOf);
        return this;
    }

    public SceneBuilder Together(params JsonObject[] actions) => Together((IEnumerable<JsonObject>)actions);

    private string? _pendingSay;

    /// <summary>
    /// Speaks <paramref name="sentence"/> with the next timeline entry that changes the picture (its <c>say</c>), so the
    /// voice and the change it describes start together; false when the scene's budget is spent.
    /// </summary>
    public bool SayWithNext(string sentence)
    {
        if (sentence.Length == 0 || SpokenCharacters + sentence.Length > MaxSpokenCharacters) return false;
        _pendingSay = _pendingSay is null ? sentence : $"{_pendingSay} {sentence}";
        SpokenCharacters += sentence.Length + 1;
        return true;
    }

    private void AttachPendingSay(JsonObject entry)
    {
        // A caption set instantly is not the change it describes: the sentence waits for the next entry that takes time.
        if (_pendingSay is null || DurationOf(entry) == 0 && entry["parallel"] is null) return;
        entry["say"] = _pendingSay;
        _pendingSay = null;
    }

    private string? _closing;

    /// <summary>A sentence said at the end of the timeline, over the finished picture (the walkthrough's summary).</summary>
    public SceneBuilder SayAtEnd(string sentence)
    {
        _closing = string.IsNullOrWhiteSpace(sentence) ? null : sentence.Trim();
        return this;
    }

    public SceneBuilder SetText(string id, string value) => Do(Act.SetText(id, value));
    public SceneBuilder FadeIn(string id, double d = 0.5) => Do(Act.FadeIn(id, d));
    public SceneBuilder Pause(double d) => d > 0 ? Do(Act.Pause(d)) : this;

    /// <summary>Sets a text and fades it in (the usual way a line appears).</summary>
    public SceneBuilder Show(string id, string value, double fade = 0.5) => SetText(id, value).FadeIn(id, fade);

    /// <summary>Fades every object of the scene out together (presets end each scene like this).</summary>
    public SceneBuilder FadeOutAll(double d = 0.5) => Together(_ids.Select(id => Act.FadeOut(id, d)));

    private static double DurationOf(JsonObject action) =>
        action["duration"] is JsonValue v && v.TryGetValue<string>(out var s) && s.EndsWith('s')
            ? double.Parse(s[..^1], System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    public JsonObject Build()
    {
        var timeline = (JsonArray)_timeline.DeepClone();
        if (_pendingSay is not null && timeline.Count > 0) ((JsonObject)timeline[^1]!)["say"] ??= _pendingSay;
        if (_closing is not null) timeline.Add(new JsonObject { ["action"] = "pause", ["duration"] = "0.3s", ["say"] = _closing });
        return new JsonObject
        {
            ["name"] = Name,
            ["transition"] = Transition.DeepClone(),
            ["narration"] = Narration,
            ["manifest"] = new JsonObject
            {
                ["meta"] = new JsonObject
                {
                    ["title"] = Name,
                    ["canvas"] = new JsonObject { ["width"] = Theme.Width, ["height"] = Theme.Height, ["background"] = Theme.Background },
                },
                ["objects"] = new JsonArray(_objects.Select(o => (JsonNode?)o.DeepClone()).ToArray()),
                ["timeline"] = timeline,
            },
        };
    }
}
