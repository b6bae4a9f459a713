using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Recognises the three document shapes (spec §2.4) and loads file-referenced scenes relative to the
/// show's folder, refusing paths that leave it.
/// </summary>
public static class DocumentLoader
{
    public static SourceDocument LoadFile(string path)
    {
        var full = Path.GetFullPath(path);
        var root = DocumentReader.ReadFile(full);
        return FromNode(root, Path.GetDirectoryName(full));
    }

    /// <summary>Loads text; <paramref name="baseDirectory"/> null means file scenes are not allowed (pasted text).</summary>
    public static SourceDocument LoadText(string text, string? baseDirectory = null) =>
        FromNode(DocumentReader.Read(text), baseDirectory);

    public static SourceDocument FromNode(JsonNode? root, string? baseDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        if (root is not JsonObject obj)
        {
            diagnostics.Add(Diagnostic.Error("", "document must be a mapping with meta, objects and timeline (or meta and scenes)"));
            return new SourceDocument(false, new JsonObject(), null, [], diagnostics);
        }
        if (obj["scenes"] is not JsonArray sceneList)
            return new SourceDocument(false, obj, null, [new SourceScene(0, "scene-1", "", obj, null, null)], diagnostics);

        var showMeta = obj["meta"] as JsonObject;
        if (showMeta is null || sceneList.Count == 0)
            diagnostics.Add(Diagnostic.Error(showMeta is null ? "meta" : "scenes", "show must have meta and at least one scene"));

        var scenes = new List<SourceScene>();
        for (var i = 0; i < sceneList.Count; i++)
        {
            var path = $"scenes[{i}]";
            if (sceneList[i] is not JsonObject entry)
            {
                diagnostics.Add(Diagnostic.Error(path, "scene entry must be a mapping with manifest or file"));
                continue;
            }
            var name = entry["name"].AsString() is { Length: > 0 } n ? n : $"scene-{i + 1}";
            var narration = entry["narration"].ScalarText();
            if (entry["manifest"] is JsonObject inline)
            {
                scenes.Add(new SourceScene(i, name, $"{path}.manifest.", inline, entry["transition"], narration));
                continue;
            }
            if (entry["file"].AsString() is not { Length: > 0 } file)
            {
                diagnostics.Add(Diagnostic.Error(path, "scene needs a manifest mapping or a file path"));
                continue;
            }
            var loaded = LoadSceneFile(file, baseDirectory, $"{path}.file", diagnostics);
            if (loaded is not null)
                scenes.Add(new SourceScene(i, name, $"{path}({file}).", loaded, entry["transition"], narration));
        }
        return new SourceDocument(true, obj, showMeta, scenes, diagnostics);
    }

    private static JsonObject? LoadSceneFile(string file, string? baseDirectory, string path, List<Diagnostic> diagnostics)
    {
        if (baseDirectory is null)
        {
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" cannot be loaded here: paste the scene inline as manifest"));
            return null;
        }
        var root = Path.GetFullPath(baseDirectory);
        var full = Path.GetFullPath(Path.Combine(root, file));
        if (Path.IsPathRooted(file) || !RealPath.IsInside(full, root))
        {
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" is outside the show's folder"));
            return null;
        }
        try
        {
            // Containment again on real paths: a symlinked file or folder must not lead out of the show's folder.
            if (!RealPath.IsInside(RealPath.Resolve(full), RealPath.Resolve(root)))
            {
                diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" is outside the show's folder (through a symbolic link)"));
                return null;
            }
            if (DocumentReader.ReadFile(full) is JsonObject manifest) return manifest;
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" is not a manifest mapping"));
        }
        catch (FileNotFoundException)
        {
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" not found"));
        }
        catch (ManifestParseException ex)
        {
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\": {ex.Message}"));
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(path, $"scene file \"{file}\" cannot be read: {ex.Message}"));
        }
        return null;
    }
}
