using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>A job as the API shows it; <see cref="Manifest"/> only in the single-job answer.</summary>
public sealed record JobDto(
    Guid Id,
    JobStatus Status,
    int Progress,
    string Stage,
    string Title,
    string Topic,
    int? Width,
    int? Height,
    int Fps,
    string? Error,
    IReadOnlyList<ApiDiagnostic> Warnings,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? CompletedAt,
    JobLinksDto Links,
    bool Narrate,
    string Subtitles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonNode? Manifest = null);
