using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>A document split into its scenes (one for a single-scene manifest), file scenes loaded.</summary>
public sealed record SourceDocument(
    bool IsShow,
    JsonObject Root,
    JsonObject? ShowMeta,
    IReadOnlyList<SourceScene> Scenes,
    IReadOnlyList<Diagnostic> Diagnostics);
