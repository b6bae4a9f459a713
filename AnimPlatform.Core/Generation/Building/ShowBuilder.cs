using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// Builds an inline show (spec §2.3): show meta (canvas, palette, defaults, easing) plus scenes. Scenes
/// inherit canvas, palette and defaults from the show (spec §2.5), so generators only describe content.
/// </summary>
public sealed class ShowBuilder
{
    private readonly List<SceneBuilder> _scenes = [];
    private readonly JsonObject _defaults = new()
    {
        ["text"] = new JsonObject { ["font"] = Theme.BodyFont, ["color"] = "#d0d0ee" },
        ["data-structure"] = new JsonObject
        {
            ["cellWidth"] = 80, ["cellHeight"] = 55, ["gap"] = 8,
            ["fillColor"] = Theme.BaseFill, ["borderColor"] = Theme.BaseStroke,
        },
        ["graph"] = new JsonObject
        {
            ["nodeRadius"] = 34, ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke, ["strokeWidth"] = 3,
            ["edgeColor"] = "#4a6a9a", ["edgeWidth"] = 4, ["labelFont"] = "22px monospace",
        },
        ["tree"] = new JsonObject
        {
            ["nodeRadius"] = 30, ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke, ["strokeWidth"] = 3,
            ["edgeColor"] = "#4a6a9a", ["edgeWidth"] = 4, ["labelFont"] = "22px monospace",
        },
    };

    public ShowBuilder(string title, string topic)
    {
        Title = title;
        Topic = topic;
    }

    public string Title { get; }

    /// <summary>
    /// What the intro hands to the walkthrough: a line shown as its first caption and the topic's narration, said over
    /// the picture as it opens (<see cref="StandardScenes.Walkthrough"/> takes it).
    /// </summary>
    public (string Caption, string Narration)? Opening { get; set; }

    /// <summary>The frame scenes (intro, outro) lengthen their reading holds up to this share of the walkthrough…</summary>
    public const double FrameShare = 0.14;

    /// <summary>…and never past this many seconds together (the frame stays under 15 s).</summary>
    public const double MaxFrameSeconds = 12;

    /// <summary>The most of the video the frame (intro, outro and the final hold) may take.</summary>
    public const double MaxFrameShare = 0.2;

    /// <summary>The still frame every video ends on (spec: 0.5 s after the last scene).</summary>
    public const double FinalHold = 0.5;
    public string Topic { get; }
    public IReadOnlyList<SceneBuilder> Scenes => _scenes;

    /// <summary>Overrides default style keys for one object type (e.g. wider cells).</summary>
    public ShowBuilder Defaults(string type, JsonObject style)
    {
        var target = _defaults[type] as JsonObject ?? new JsonObject();
        foreach (var (k, v) in style) target[k] = v?.DeepClone();
        _defaults[type] = target;
        return this;
    }

    /// <summary>A new scene; the first scene cuts in, later ones crossfade (0.8 s) unless told otherwise.</summary>
    public SceneBuilder Scene(string name, string narration, string transition = "crossfade")
    {
        JsonNode t = _scenes.Count == 0 || transition == "none"
            ? JsonValue.Create("none")!
            : new JsonObject { ["type"] = transition, ["duration"] = "0.8s" };
        var scene = new SceneBuilder(name, narration, t);
        _scenes.Add(scene);
        return scene;
    }

    private bool _sized;

    /// <summary>Lengthens the frame scenes' reading holds with the walkthrough (up to <see cref="FrameShare"/> of it, at most <see cref="MaxFrameSeconds"/>).</summary>
    private void SizeFrame()
    {
        var walk = _scenes.Where(s => !s.IsFrame).Sum(s => s.Duration);
        // A walkthrough too short to carry a title card opens straight away (its header names the topic, its first
        // caption says what it does), so the frame stays at most a fifth of the video.
        var total = _scenes.Where(s => s.IsFrame).Sum(s => s.Duration) + FinalHold;
        if (total > MaxFrameShare * (walk + total) && _scenes.Count > 1 && _scenes[0].IsFrame) _scenes.RemoveAt(0);
        var frame = _scenes.Where(s => s.IsFrame).ToList();
        var room = Math.Min(MaxFrameSeconds, FrameShare * walk) - frame.Sum(s => s.Duration);
        var totalRoom = frame.Sum(s => s.HoldRoom);
        if (room > 0 && totalRoom > 0)
            foreach (var s in frame) s.Lengthen(room * s.HoldRoom / totalRoom);
    }

    public JsonObject Build()
    {
        foreach (var scene in _scenes) scene.Finish();
        if (!_sized) SizeFrame();
        _sized = true;
        var palette = new JsonObject();
        foreach (var (k, v) in Theme.Palette) palette[k] = v;
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["title"] = Title,
                ["topic"] = Topic,
                ["canvas"] = new JsonObject { ["width"] = Theme.Width, ["height"] = Theme.Height, ["background"] = Theme.Background },
                ["defaults"] = _defaults.DeepClone(),
                ["palette"] = palette,
                ["easing"] = "easeInOutCubic",
                // A say narrates its step: the step's changes play while it is spoken (meta.sayScope).
                [Manifest.Vocabulary.StepNarration.ScopeField] = Manifest.Vocabulary.StepNarration.StepScope,
            },
            ["scenes"] = new JsonArray(_scenes.Select(s => (JsonNode?)s.Build()).ToArray()),
        };
    }
}
