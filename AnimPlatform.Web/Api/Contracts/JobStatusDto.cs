using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>What a poller needs: status, progress, stage, error, place in the queue (1 = next) while queued.</summary>
public sealed record JobStatusDto(
    Guid Id,
    JobStatus Status,
    int Progress,
    string Stage,
    string? Error,
    int? QueuePosition,
    string? VideoUrl);
