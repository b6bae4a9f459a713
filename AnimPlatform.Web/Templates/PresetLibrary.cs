using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Preview;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Web.Templates;

/// <summary>
/// Shows to start from: the built-in presets shipped as Presets/*.json beside the app (copied to the build
/// output and the publish folder), and the user's templates saved in the database. Documents are handed out
/// as copies, so editing one never changes the library.
/// </summary>
public sealed class PresetLibrary
{
    /// <summary>The folder of the preset files, beside the app's assembly.</summary>
    public static string PresetFolder => Path.Combine(AppContext.BaseDirectory, "Presets");

    private const int ThumbnailWidth = 480;

    /// <summary>Card texts of the shipped presets; a preset not listed here is described by its first narration.</summary>
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bfs"] = "Breadth-first search on a six-node graph: the queue fills and drains level by level, with an intro and a recap.",
        ["bubble-sort"] = "Bubble sort on six numbers: adjacent cells are compared and swapped pass by pass until the largest values settle.",
        ["stack"] = "A stack's push and pop: values go on and come off the top (last in, first out), then a recap of the operations.",
    };

    private readonly TemplateStore _templates;
    private readonly ILogger<PresetLibrary> _logger;
    private readonly IReadOnlyList<Preset> _presets;
    private readonly Dictionary<string, Preset> _byName;
    private readonly ConcurrentDictionary<string, Lazy<PresetOverview>> _overviews = new(StringComparer.OrdinalIgnoreCase);

    public PresetLibrary(TemplateStore templates, ILogger<PresetLibrary> logger)
    {
        _templates = templates;
        _logger = logger;
        _presets = Load(PresetFolder, logger);
        _byName = _presets.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shipped presets, ordered by title (copies).</summary>
    public IReadOnlyList<Preset> Presets => _presets.Select(Copy).ToList();

    /// <summary>The preset named <paramref name="name"/> (file name without extension, e.g. "bfs"); null when there is none.</summary>
    public Preset? Find(string name) =>
        !string.IsNullOrWhiteSpace(name) && _byName.TryGetValue(name.Trim(), out var preset) ? Copy(preset) : null;

    /// <summary>A user template's name and document; null when there is no such template or its manifest is unreadable.</summary>
    public async Task<(string Title, JsonObject Document)?> FindTemplateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await _templates.GetAsync(id, cancellationToken);
        if (template is null) return null;
        try
        {
            return DocumentReader.Read(template.Manifest) is JsonObject document ? (template.Name, document) : null;
        }
        catch (ManifestParseException ex)
        {
            _logger.LogWarning(ex, "Template {TemplateId} has an unreadable manifest", id);
            return null;
        }
    }

    /// <summary>Scene count, length and a thumbnail (the frame from the middle, like job posters); computed once per preset.</summary>
    public PresetOverview Overview(Preset preset) =>
        _overviews.GetOrAdd(preset.Name, name => new Lazy<PresetOverview>(() => BuildOverview(_byName.GetValueOrDefault(name) ?? preset))).Value;

    private static Preset Copy(Preset preset) => preset with { Document = (JsonObject)preset.Document.DeepClone() };

    private PresetOverview BuildOverview(Preset preset)
    {
        var prepared = ManifestPipeline.FromNode(preset.Document.DeepClone());
        var show = prepared.Show;
        string? thumbnail = null;
        if (prepared.IsValid)
        {
            try
            {
                using var session = new PreviewSession(show, ThumbnailWidth);
                thumbnail = session.JpegDataUrl(session.Duration / 2);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Could not draw the thumbnail of preset {Preset}", preset.Name);
            }
        }
        return new PresetOverview(show.Scenes.Count, show.Duration, thumbnail);
    }

    private static List<Preset> Load(string folder, ILogger logger)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No preset folder at {Folder}; the Templates page lists no presets", folder);
            return [];
        }
        var presets = new List<Preset>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            try
            {
                using var stream = File.OpenRead(file);
                if (JsonNode.Parse(stream) is not JsonObject document)
                {
                    logger.LogWarning("Preset {Preset} is not a JSON object; skipped", name);
                    continue;
                }
                presets.Add(new Preset(name, TitleOf(document, name), DescriptionOf(document, name), document));
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Preset {Preset} could not be read; skipped", name);
            }
        }
        return presets.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string TitleOf(JsonObject document, string name) =>
        document["meta"]?["title"] is JsonValue v && v.TryGetValue<string>(out var title) && !string.IsNullOrWhiteSpace(title) ? title.Trim() : name;

    private static string DescriptionOf(JsonObject document, string name)
    {
        if (Descriptions.TryGetValue(name, out var known)) return known;
        if (document["meta"]?["description"] is JsonValue d && d.TryGetValue<string>(out var description)) return description;
        var narration = (document["scenes"] as JsonArray)?.FirstOrDefault()?["narration"];
        return narration is JsonValue n && n.TryGetValue<string>(out var text) ? text : "";
    }
}
