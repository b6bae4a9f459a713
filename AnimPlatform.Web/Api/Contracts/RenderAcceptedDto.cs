using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>The 202 answer to a render request: the new job, its place in the queue (1 = next, 0 = already started) and its links.</summary>
public sealed record RenderAcceptedDto(
    Guid Id,
    JobStatus Status,
    int QueuePosition,
    string Title,
    IReadOnlyList<ApiDiagnostic> Warnings,
    JobLinksDto Links);
