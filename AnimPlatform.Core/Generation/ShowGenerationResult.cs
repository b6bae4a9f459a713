using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Generation;

public enum GenerationSource { None, BuiltIn, Ai }

/// <summary>
/// What a generation produced: the show (when it succeeded), warnings for the page, which generator or AI
/// provider made it, and — for AI — the prompt and the raw reply, kept for debugging.
/// </summary>
public sealed record ShowGenerationResult
{
    public bool Succeeded => Error is null && Show is not null;
    public string? Error { get; init; }
    public JsonObject? Show { get; init; }
    public GenerationSource Source { get; init; }

    /// <summary>Built-in generator id (e.g. <c>quick-sort</c>) or <c>ai</c>.</summary>
    public string? GeneratorId { get; init; }
    public string? GeneratorTitle { get; init; }

    /// <summary>What the generator read from the prompt (built-in) or the topic sent (AI).</summary>
    public string? Input { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Validation diagnostics of the produced show (errors make the result fail).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public string? Provider { get; init; }
    public string? Model { get; init; }
    public string? SystemPrompt { get; init; }
    public string? UserPrompt { get; init; }
    public string? RawResponse { get; init; }
    public int Attempts { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>The show as indented JSON (what a job stores and renders).</summary>
    public string? ShowJson => Show?.ToJsonString(JsonNodeExtensions.LenientJson);

    public static ShowGenerationResult Failure(string error, GenerationSource source = GenerationSource.None) => new() { Error = error, Source = source };
}
