using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Model;

/// <summary>A scene's meta after show inheritance.</summary>
public sealed record SceneMeta(string Title, CanvasSpec Canvas, JsonObject Defaults, JsonObject Palette, string? Easing)
{
    /// <summary><c>meta.sayCaptions</c>: with narration off, the entries' <c>say</c> texts are drawn as captions.</summary>
    public bool SayCaptions { get; init; }
}
