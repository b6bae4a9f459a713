using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// What a client asks to render: a show or scene as YAML/JSON text or as an already-parsed document,
/// plus optional output settings. Pasted documents have no folder, so file-referenced scenes are refused.
/// </summary>
public sealed record RenderRequest
{
    /// <summary>YAML or JSON text of a show or a single scene.</summary>
    public string? ManifestText { get; init; }

    /// <summary>A document already parsed (a show object sent as JSON, a generated show); wins over the text.</summary>
    public JsonNode? Document { get; init; }

    /// <summary>The topic or prompt to record; defaults to the show's topic.</summary>
    public string? Topic { get; init; }

    public int? Width { get; init; }
    public int? Height { get; init; }
    public int? Fps { get; init; }

    /// <summary>Narrate the scenes' narration text (default off).</summary>
    public bool? Narrate { get; init; }

    /// <summary>burn | file | both | none; default both when narrating.</summary>
    public string? Subtitles { get; init; }

    /// <summary>Who asks (the client's address; empty when unknown): the key of fair scheduling and of the per-client budget.</summary>
    public string ClientKey { get; init; } = "";

    /// <summary>How the show was generated (kept with the job for debugging), as JSON text.</summary>
    public string? GenerationLog { get; init; }
}
