using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Parses and validates a <see cref="RenderRequest"/> without side effects (the validate endpoint and
/// job submission share it). Never throws on bad input: every problem becomes a diagnostic with its path.
/// </summary>
public static class RenderRequestCheck
{
    public const int MaxTopicLength = 500;
    public const int MaxGenerationLogLength = 512 * 1024;

    public static CheckedRenderRequest Check(RenderRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(RenderSettings.Check(request.Width, request.Height, request.Fps));
        if (request.Topic is { Length: > MaxTopicLength })
            diagnostics.Add(Diagnostic.Error("topic", $"topic must be at most {MaxTopicLength} characters"));
        var settings = new RenderSettings(request.Width, request.Height, request.Fps ?? RenderSettings.DefaultFps);
        if (request.Subtitles is not null && Narration.SubtitleModes.Parse(request.Subtitles) is null)
            diagnostics.Add(Diagnostic.Error("subtitles", "subtitles must be one of burn, file, both, none"));
        if (request.Subtitles is not null && request.Narrate != true && Narration.SubtitleModes.Parse(request.Subtitles) is not (null or Narration.SubtitleMode.None))
            diagnostics.Add(Diagnostic.Error("subtitles", "subtitles come from the narration: set narrate to true as well"));
        if (request.GenerationLog is { Length: > MaxGenerationLogLength })
            diagnostics.Add(Diagnostic.Error("generationLog", $"generationLog must be at most {MaxGenerationLogLength / 1024} KB"));

        var document = Read(request, diagnostics);
        var prepared = document is null ? null : Prepare(document, diagnostics);
        return new CheckedRenderRequest(document, prepared, settings, request.Topic?.Trim(), diagnostics);
    }

    private static JsonNode? Read(RenderRequest request, List<Diagnostic> diagnostics)
    {
        if (request.Document is not null)
        {
            try { TextChecks.RefuseLoneSurrogates(request.Document); }
            catch (ManifestParseException ex)
            {
                diagnostics.Add(Diagnostic.Error(ex.Path, ex.Message));
                return null;
            }
            return request.Document;
        }
        if (string.IsNullOrWhiteSpace(request.ManifestText))
        {
            diagnostics.Add(Diagnostic.Error("manifest", "a manifest is required (YAML or JSON text of a show or scene)"));
            return null;
        }
        try
        {
            var node = DocumentReader.Read(request.ManifestText);
            if (node is null) diagnostics.Add(Diagnostic.Error("manifest", "the manifest is empty"));
            return node;
        }
        catch (ManifestParseException ex)
        {
            diagnostics.Add(Diagnostic.Error(ex.Path, ex.Message));
            return null;
        }
    }

    private static PreparedDocument? Prepare(JsonNode document, List<Diagnostic> diagnostics)
    {
        try
        {
            // No base directory: scenes given as files are refused with an error (nothing is read from disk).
            var prepared = ManifestPipeline.FromNode(document);
            diagnostics.AddRange(prepared.Diagnostics);
            return prepared;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The pipeline promises not to throw; if it does, the client still gets an answer, not a 500.
            diagnostics.Add(Diagnostic.Error("", $"the manifest could not be checked: {ex.Message}"));
            return null;
        }
    }
}
