using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Web.Drafts;

/// <summary>Reads a pasted or uploaded manifest (one scene, or a show with inline scenes) into a draft, keeping the user's text.</summary>
public static class PastedManifest
{
    /// <summary>The draft, or the one error that stops it (a parse error with its line, a file scene, not a mapping).</summary>
    public static (ShowDraft? Draft, List<Diagnostic> Errors) Read(string text)
    {
        try
        {
            if (DocumentReader.Read(text) is not JsonObject root)
                return (null, [Diagnostic.Error("", "a manifest is a mapping with meta, objects and timeline (or meta and scenes)")]);
            if (root["scenes"] is JsonArray scenes && scenes.Any(s => s?["manifest"] is null))
                return (null, [Diagnostic.Error("scenes", "scenes that reference files can't be pasted: put each scene's manifest inline (scenes[i].manifest)")]);
            return (ShowDraft.FromText(text, root), []);
        }
        catch (ManifestParseException ex)
        {
            return (null, [Diagnostic.Error("", ex.Message)]);
        }
    }
}
