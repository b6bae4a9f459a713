using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Reads and writes the user's templates (the <c>templates</c> table): saved manifests to start new shows
/// from, usually taken from a job. Names are unique, compared without regard to case; every method opens
/// its own context from the factory, as <see cref="JobStore"/> does.
/// </summary>
public sealed class TemplateStore(IDbContextFactory<JobsDbContext> contexts, TimeProvider clock)
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>All templates, newest first.</summary>
    public async Task<IReadOnlyList<ShowTemplate>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Templates.AsNoTracking()
            .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<ShowTemplate?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Templates.CountAsync(cancellationToken);
    }

    /// <summary>Saves a new template; <paramref name="manifest"/> is the show or scene document as JSON text.</summary>
    public async Task<TemplateSaveResult> CreateAsync(string name, string? description, string manifest,
        IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } nameError) return TemplateSaveResult.Refused(nameError);
        if (CheckManifest(manifest) is { } manifestError) return TemplateSaveResult.Refused(manifestError);
        var template = new ShowTemplate
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Description = Shorten(description?.Trim() ?? "", MaxDescriptionLength),
            Manifest = manifest,
            Tags = CleanTags(tags),
        };
        template.CreatedAt = template.UpdatedAt = Now;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await TakenNameAsync(db, template.Name, null, cancellationToken) is { } taken) return NameTaken(taken);
        db.Templates.Add(template);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request took the name between the check and the insert (unique index).
            return NameTaken(template.Name);
        }
        return TemplateSaveResult.Ok(template);
    }

    /// <summary>Saves the manifest of a job as a new template; refused when there is no such job.</summary>
    public async Task<TemplateSaveResult> CreateFromJobAsync(Guid jobId, string name, string? description,
        IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
    {
        string? manifest;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            manifest = await db.Jobs.Where(j => j.Id == jobId).Select(j => j.Manifest).FirstOrDefaultAsync(cancellationToken);
        return manifest is null
            ? TemplateSaveResult.Refused($"job {jobId} does not exist (it may have been deleted)")
            : await CreateAsync(name, description, manifest, tags, cancellationToken);
    }

    /// <summary>Gives a template a new name (and, when given, a new description).</summary>
    public async Task<TemplateSaveResult> RenameAsync(Guid id, string name, string? description = null,
        CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } nameError) return TemplateSaveResult.Refused(nameError);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.Templates.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null) return TemplateSaveResult.Refused("this template does not exist any more");
        var trimmed = name.Trim();
        if (await TakenNameAsync(db, trimmed, id, cancellationToken) is { } taken) return NameTaken(taken);
        template.Name = trimmed;
        if (description is not null) template.Description = Shorten(description.Trim(), MaxDescriptionLength);
        template.UpdatedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return NameTaken(trimmed);
        }
        return TemplateSaveResult.Ok(template);
    }

    /// <summary>False when there was no such template.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Templates.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>Null when the name can be used; otherwise what is wrong with it.</summary>
    public static string? CheckName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return "give the template a name";
        if (trimmed.Length > MaxNameLength) return $"the name is too long (at most {MaxNameLength} characters)";
        return null;
    }

    private static string? CheckManifest(string manifest)
    {
        try
        {
            return JsonNode.Parse(manifest) is JsonObject ? null : "the manifest must be a JSON object";
        }
        catch (JsonException ex)
        {
            return $"the manifest is not valid JSON: {ex.Message}";
        }
    }

    /// <summary>The existing template's name (as it is spelled there) when another template has this name in any case.</summary>
    private static async Task<string?> TakenNameAsync(JobsDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var lower = name.ToLowerInvariant();
        return await db.Templates.Where(t => t.Name.ToLower() == lower && (except == null || t.Id != except))
            .Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
    }

    private static TemplateSaveResult NameTaken(string name) =>
        TemplateSaveResult.Refused($"a template named \"{name}\" already exists");

    private static List<string> CleanTags(IEnumerable<string>? tags) =>
        (tags ?? [])
            .Select(t => Shorten(t.Trim(), MaxTagLength))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTags)
            .ToList();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
