using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Core.Manifest;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Web.Templates;

public sealed record Preset(string Name, string Title, string Description, JsonObject Document);

/// <summary>
/// Shows to start from: the built-in presets shipped in Presets/*.json, and user templates saved in the
/// database. Documents are handed out as copies, so editing one never changes the library.
/// </summary>
public sealed class PresetLibrary(IDbContextFactory<JobsDbContext> contexts)
{
    private static readonly Lazy<IReadOnlyList<Preset>> Shipped = new(LoadShipped);

    public IReadOnlyList<Preset> Presets => Shipped.Value.Select(Copy).ToList();

    public Preset? Find(string name) =>
        Shipped.Value.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } p ? Copy(p) : null;

    public async Task<(string Title, JsonObject Document)?> FindTemplateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null) return null;
        try
        {
            return DocumentReader.Read(template.Manifest) is JsonObject doc ? (template.Name, doc) : null;
        }
        catch (ManifestParseException)
        {
            return null;
        }
    }

    private static Preset Copy(Preset p) => p with { Document = (JsonObject)p.Document.DeepClone() };

    private static IReadOnlyList<Preset> LoadShipped()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Presets");
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.json").Order()
            .Select(file => (file, doc: DocumentReader.ReadFile(file) as JsonObject))
            .Where(x => x.doc is not null)
            .Select(x =>
            {
                var meta = x.doc!["meta"];
                var title = meta.Get("title").ScalarText() ?? Path.GetFileNameWithoutExtension(x.file);
                var scenes = x.doc["scenes"] is JsonArray s ? s.Count : 1;
                return new Preset(Path.GetFileNameWithoutExtension(x.file), title, $"{scenes} scene(s), narrated", x.doc);
            })
            .ToList();
    }
}
