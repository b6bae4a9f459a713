using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Jobs;

/// <summary>A render request after checking: the parsed document, the prepared show and every diagnostic.</summary>
public sealed record CheckedRenderRequest(
    JsonNode? Document,
    PreparedDocument? Prepared,
    RenderSettings Settings,
    string? Topic,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Document is not null && Prepared is not null && !Diagnostics.Any(d => d.IsError);
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
