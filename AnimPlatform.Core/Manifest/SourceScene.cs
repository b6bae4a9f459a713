using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// A scene as read from the document, before inheritance: the raw manifest mapping plus where it came
/// from. <see cref="PathPrefix"/> is prepended to every diagnostic path inside it
/// (e.g. <c>scenes[1].manifest.</c>); it is empty for a single-scene manifest.
/// </summary>
public sealed record SourceScene(
    int Index,
    string Name,
    string PathPrefix,
    JsonObject Manifest,
    JsonNode? Transition,
    string? Narration);
