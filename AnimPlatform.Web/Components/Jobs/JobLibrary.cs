using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Web.Components.Jobs;

/// <summary>The Jobs page's own queries on the jobs table: search by title or topic, and renaming a job (its title).</summary>
public sealed class JobLibrary(IDbContextFactory<JobsDbContext> contexts, JobStore store)
{
    public const int MaxTitleLength = 200;
    public const int MaxQueryLength = 200;

    /// <summary>
    /// One page of jobs, newest first, whose title or topic contains <paramref name="query"/> (any case), and how
    /// many match in all; a blank query matches every job.
    /// </summary>
    public async Task<(IReadOnlyList<JobSummary> Jobs, int Total)> SearchAsync(string? query, JobStatus? status, int limit, int offset,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = db.Jobs.AsQueryable();
        if (status is { } s) jobs = jobs.Where(j => j.Status == s);
        if (Normalize(query) is { } q)
        {
            var lower = q.ToLowerInvariant();
            jobs = jobs.Where(j => j.Title.ToLower().Contains(lower) || j.Topic.ToLower().Contains(lower));
        }
        var total = await jobs.CountAsync(cancellationToken);
        var ids = await jobs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Skip(offset).Take(limit).Select(j => j.Id).ToListAsync(cancellationToken);
        // The rows as the store shapes them (one small read per row of the page).
        var page = new List<JobSummary>(ids.Count);
        foreach (var id in ids)
            if (await store.GetSummaryAsync(id, cancellationToken) is { } summary) page.Add(summary);
        return (page, total);
    }

    /// <summary>The search text as used: trimmed, at most <see cref="MaxQueryLength"/> characters; null when blank.</summary>
    public static string? Normalize(string? query) =>
        string.IsNullOrWhiteSpace(query) ? null : query.Trim() is var q && q.Length > MaxQueryLength ? q[..MaxQueryLength] : query.Trim();

    /// <summary>Why a title cannot be used, or null when it can.</summary>
    public static string? CheckTitle(string? title) => string.IsNullOrWhiteSpace(title)
        ? "A title cannot be empty."
        : title.Trim().Length > MaxTitleLength ? $"A title has at most {MaxTitleLength} characters." : null;

    /// <summary>Gives the job a new title (trimmed). False when the job no longer exists.</summary>
    public async Task<bool> RenameAsync(Guid id, string title, CancellationToken cancellationToken = default)
    {
        if (CheckTitle(title) is { } problem) throw new ArgumentException(problem, nameof(title));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trimmed = title.Trim();
        return await db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(u => u.SetProperty(j => j.Title, trimmed), cancellationToken) == 1;
    }
}
