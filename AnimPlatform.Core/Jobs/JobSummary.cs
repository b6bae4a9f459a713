using System.Linq.Expressions;

namespace AnimPlatform.Core.Jobs;

/// <summary>A job without its manifest: what lists, status checks and progress displays need.</summary>
public sealed record JobSummary(
    Guid Id,
    JobStatus Status,
    int Progress,
    string Stage,
    string Title,
    string Topic,
    int? Width,
    int? Height,
    int Fps,
    string? OutputPath,
    string? Error,
    IReadOnlyList<JobWarning> Warnings,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? CompletedAt,
    bool Narrate = false,
    string Subtitles = "none")
{
    /// <summary>Sidecar subtitle files exist for a done job that was narrated with file subtitles.</summary>
    public bool HasSubtitleFiles => Narrate && Subtitles is "both" or "file";

    /// <summary>The columns a summary reads, as an expression so EF Core selects them without the manifest.</summary>
    internal static readonly Expression<Func<Job, JobSummary>> Projection = j => new JobSummary(
        j.Id, j.Status, j.Progress, j.Stage, j.Title, j.Topic, j.Width, j.Height, j.Fps,
        j.OutputPath, j.Error, j.Warnings, j.CreatedAt, j.UpdatedAt, j.CompletedAt, j.Narrate, j.Subtitles);

    private static readonly Func<Job, JobSummary> FromJob = Projection.Compile();

    public static JobSummary From(Job job) => FromJob(job);
}
