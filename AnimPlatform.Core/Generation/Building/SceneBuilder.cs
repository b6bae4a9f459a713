using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

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

    /// <summary>Characters given to <c>say</c> in this scene so far (a <see cref="Paced"/> scene trims them to <see cref="MaxSpokenCharacters"/> when it is finished).</summary>
    public int SpokenCharacters { get; private set; }

    /// <summary>Spoken characters a scene may use (well under the per-scene narration limit); past it, steps are shown without being said.</summary>
    public const int MaxSpokenCharacters = 3500;

    /// <summary>
    /// Longest a step may last, from its caption to the next caption or heading (null: no limit); a step that runs
    /// longer has all its entries sped up together to fit. Generators set it for later, faster passes; the steps of the
    /// teaching stretch (the first <see cref="WalkthroughPacing.TeachingSeconds"/>) keep their length, so a short lesson is not hurried.
    /// </summary>
    public double? MaxStepSeconds { get; set; }

    private int _stepStart = -1;
    private double _stepStartDuration;

    /// <summary>A step (or a heading) starts here: the step before it is held to <see cref="MaxStepSeconds"/>.</summary>
    public SceneBuilder StepBoundary()
    {
        if (MaxStepSeconds is { } max && _stepStart >= 0 && _stepStartDuration >= WalkthroughPacing.TeachingSeconds && Duration - _stepStartDuration > max + 1e-9)
        {
            var factor = max / (Duration - _stepStartDuration);
            for (var k = _stepStart; k < _timeline.Count; k++) WalkthroughPacing.Scale((JsonObject)_timeline[k]!, factor);
            Duration = _stepStartDuration + _timeline.Skip(_stepStart).Sum(e => WalkthroughPacing.Length((JsonObject)e!));
        }
        _stepStart = _timeline.Count;
        _stepStartDuration = Duration;
        return this;
    }

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

    /// <summary>Moves object <paramref name="id"/> to the end of the object list, so it is drawn over the others (a pointer over graphs added after it).</summary>
    public SceneBuilder DrawOnTop(string id)
    {
        var at = _objects.FindIndex(o => (string?)o["id"] == id);
        if (at < 0) throw new InvalidOperationException($"no object \"{id}\" in scene {Name}");
        var obj = _objects[at];
        _objects.RemoveAt(at);
        _objects.Add(obj);
        return this;
    }

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
    private bool _pendingKept;
    private readonly HashSet<JsonObject> _keptSays = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Speaks <paramref name="sentence"/> with the next timeline entry that changes the picture (its <c>say</c>), so the
    /// voice and the change it describes start together; false when the scene's budget is spent (a <see cref="Paced"/>
    /// scene takes every sentence and keeps what fits when it is finished). The sentence is read as words here
    /// (<see cref="SpokenText"/>), so callers pass captions as shown. A <paramref name="kept"/> sentence (a heading) is
    /// never dropped to fit the scene's time.
    /// </summary>
    public bool SayWithNext(string sentence, bool kept = false)
    {
        sentence = SpokenText.Of(sentence);
        if (sentence.Length == 0 || !Paced && SpokenCharacters + sentence.Length > MaxSpokenCharacters) return false;
        _pendingSay = _pendingSay is null ? sentence : $"{_pendingSay} {sentence}";
        _pendingKept |= kept;
        SpokenCharacters += sentence.Length + 1;
        return true;
    }

    private void AttachPendingSay(JsonObject entry)
    {
        // A caption set instantly is not the change it describes: the sentence waits for the next entry that takes time.
        if (_pendingSay is null || DurationOf(entry) == 0 && entry["parallel"] is null) return;
        entry["say"] = _pendingSay;
        if (_pendingKept) _keptSays.Add(entry);
        _pendingSay = null;
        _pendingKept = false;
    }

    private string? _closing;

    /// <summary>True when a sentence is to be said at the end of the timeline (<see cref="SayAtEnd"/>).</summary>
    public bool HasClosing => _closing is not null;

    /// <summary>A sentence said at the end of the timeline, over the finished picture (the walkthrough's summary).</summary>
    public SceneBuilder SayAtEnd(string sentence)
    {
        _closing = string.IsNullOrWhiteSpace(sentence) ? null : SpokenText.Of(sentence);
        return this;
    }

    /// <summary>
    /// Reopens a finished scene: drops its closing fade-out of everything (added back by the next <see cref="FadeOutAll"/>)
    /// and says its closing sentence (<see cref="SayAtEnd"/>) now, so more can follow over the finished picture.
    /// Entries from here on are the scene's summary: <see cref="Paced"/> keeps their speed and their says.
    /// <paramref name="withClosing"/> (instant changes, such as the caption the closing sentence describes) happen as it starts.
    /// </summary>
    public SceneBuilder Reopen(params JsonObject[] withClosing)
    {
        if (_timeline.Count > 0 && _timeline[^1] is JsonObject last && IsFadeOutOfAll(last))
        {
            Duration -= WalkthroughPacing.Length(last);
            _timeline.RemoveAt(_timeline.Count - 1);
        }
        // The hold before that fade-out becomes a short beat: the summary follows at once over the same picture.
        if (_timeline.Count > 0 && _timeline[^1] is JsonObject hold && (string?)hold["action"] == "pause" && hold["say"] is null
            && DurationParser.Parse(hold["duration"]) is var held && held > ClosingBeat)
        {
            hold["duration"] = Fmt.Seconds(ClosingBeat);
            Duration -= held - ClosingBeat;
        }
        _summaryStart = _timeline.Count;
        foreach (var change in withClosing) Do(change);
        if (_closing is not null)
        {
            var pause = Act.Pause(0.3);
            pause["say"] = _pendingSay is null ? _closing : $"{_pendingSay} {_closing}";
            _pendingSay = null;
            _pendingKept = false;
            _closing = null;
            Do(pause);
        }
        return this;
    }

    /// <summary>Seconds between the end of the walkthrough and its summary (<see cref="Reopen"/>).</summary>
    private const double ClosingBeat = 0.6;

    private bool IsFadeOutOfAll(JsonObject entry) =>
        entry["parallel"] is JsonArray block
            ? block.Count == _ids.Count && block.All(a => (string?)a!["action"] == "fade-out")
            : (string?)entry["action"] == "fade-out" && _ids.Count == 1;

    private int _summaryStart = int.MaxValue;
    private readonly List<(JsonObject Pause, double Max)> _holds = [];

    /// <summary>A pause that holds text to be read; the show may lengthen it up to <paramref name="max"/> s (<see cref="Lengthen"/>).</summary>
    public SceneBuilder Hold(double seconds, double max)
    {
        var pause = Act.Pause(seconds);
        _holds.Add((pause, max));
        return Do(pause);
    }

    /// <summary>How much the reading holds may still grow in total.</summary>
    public double HoldRoom => _holds.Sum(h => Math.Max(0, h.Max - WalkthroughPacing.Length(h.Pause)));

    /// <summary>Lengthens the reading holds by up to <paramref name="extra"/> s together (each up to its maximum).</summary>
    public void Lengthen(double extra)
    {
        var room = HoldRoom;
        if (extra <= 0 || room <= 0) return;
        foreach (var (pause, max) in _holds)
        {
            var now = WalkthroughPacing.Length(pause);
            var add = Math.Round((max - now) * Math.Min(1, extra / room), 2);
            pause["duration"] = Fmt.Seconds(now + add);
            Duration += add;
        }
    }

    /// <summary>True once <see cref="Hold"/> has been used: a frame scene (intro, outro) whose length follows the walkthrough.</summary>
    public bool IsFrame => _holds.Count > 0;

    /// <summary>
    /// Walkthrough pacing (<see cref="WalkthroughPacing"/>): a long scene plays its later steps faster and, narrated,
    /// says only what fits its time. The summary entries (from <see cref="Reopen"/>) keep their speed and their says.
    /// </summary>
    public bool Paced { get; set; }

    /// <summary>Applies <see cref="Paced"/> pacing to the timeline (once, before the show is built).</summary>
    internal void Finish()
    {
        if (!Paced || _finished) return;
        _finished = true;
        if (_pendingSay is not null && _timeline.Count > 0 && _timeline[^1] is JsonObject last && last["say"] is null)
        {
            last["say"] = _pendingSay;
            if (_pendingKept) _keptSays.Add(last);
        }
        _pendingSay = null;
        _pendingKept = false;
        var speed = WalkthroughPacing.Compress(_timeline, _summaryStart);
        WalkthroughPacing.FitSpeech(_timeline, Narration, _summaryStart, _keptSays, MaxSpokenCharacters);
        WalkthroughPacing.FitNarratedTime(_timeline, Narration, _summaryStart, speed);
        Duration = _timeline.Sum(e => WalkthroughPacing.Length((JsonObject)e!));
        SpokenCharacters = WalkthroughPacing.SaidCharacters(_timeline.Select(e => (JsonObject)e!));
    }

    private bool _finished;

    private double _openingUntil;

    /// <summary>The caption just shown opens the scene: the first <see cref="StandardScenes.Step"/> waits until it has been read.</summary>
    public SceneBuilder Opening(double readSeconds)
    {
        _openingUntil = Duration + readSeconds;
        return this;
    }

    /// <summary>Holds until the opening caption has been read (nothing once it has).</summary>
    public SceneBuilder AfterOpening()
    {
        var left = Math.Round(_openingUntil - Duration, 2);
        _openingUntil = 0;
        return left > 0.05 ? Pause(left) : this;
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
            ["narration"] = SpokenText.Of(Narration),
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
