using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Model;

/// <summary>A scene's meta after show inheritance.</summary>
public sealed record SceneMeta(string Title, CanvasSpec Canvas, JsonObject Defaults, JsonObject Palette, string? Easing)
{
    /// <summary><c>meta.sayCaptions</c>: with narration off, the entries' <c>say</c> texts are drawn as captions.</summary>
    public bool SayCaptions { get; init; }

    /// <summary><c>meta.sayScope: step</c>: a <c>say</c> runs over the entries after it up to the next <c>say</c> (default: its own entry).</summary>
    public bool SayCoversStep { get; init; }
}
