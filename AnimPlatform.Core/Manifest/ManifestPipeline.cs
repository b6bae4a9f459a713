using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// The Manifest stage end to end (spec pipeline: parse → inheritance → palette → validation → model).
/// Never throws on bad input: unreadable text becomes an error diagnostic.
/// </summary>
public static class ManifestPipeline
{
    // Every entry point takes a CancellationToken (default none), observed between scenes: a worker that
    // stops a job stops its preparing too. Cancellation surfaces as OperationCanceledException.
    public static PreparedDocument LoadFile(string path, CancellationToken cancellationToken = default)
    {
        try { return Prepare(DocumentLoader.LoadFile(path), cancellationToken); }
        catch (ManifestParseException ex) { return Unreadable(ex.Path, ex.Message); }
    }

    public static PreparedDocument LoadText(string text, string? baseDirectory = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try { return Prepare(DocumentLoader.LoadText(text, baseDirectory), cancellationToken); }
        catch (ManifestParseException ex) { return Unreadable(ex.Path, ex.Message); }
    }

    public static PreparedDocument FromNode(JsonNode? node, string? baseDirectory = null, CancellationToken cancellationToken = default) =>
        Prepare(DocumentLoader.FromNode(node, baseDirectory), cancellationToken);

    private static PreparedDocument Unreadable(string path, string message) =>
        new(EmptyShow(), [Diagnostic.Error(path, message)]);

    private static ShowDocument EmptyShow() =>
        new(false, "", "video", new CanvasSpec(1920, 1080, CanvasSpec.DefaultBackground), null, []);

    public static PreparedDocument Prepare(SourceDocument source, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>(source.Diagnostics);
        var showMeta = source.ShowMeta;
        var topCanvas = SceneModelBuilder.ReadCanvas(source.IsShow ? showMeta?["canvas"] : source.Root["meta"].Get("canvas"));
        var scenes = new List<SceneEntry>();

        foreach (var src in source.Scenes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var manifest = source.IsShow ? ShowInheritance.Apply(showMeta, src.Manifest) : (JsonObject)src.Manifest.DeepClone();
            if (source.IsShow)
            {
                // Shows resolve the palette before validating, so unknown refs are warnings there (spec §13).
                PaletteResolver.Resolve(manifest, src.PathPrefix, diagnostics);
                diagnostics.AddRange(ManifestValidator.Validate(manifest, src.PathPrefix));
            }
            else
            {
                diagnostics.AddRange(ManifestValidator.Validate(manifest, src.PathPrefix));
                PaletteResolver.Resolve(manifest, src.PathPrefix, []);
            }
            var model = SceneModelBuilder.Build(manifest, src.PathPrefix, topCanvas);
            var transition = src.Index == 0 ? TransitionSpec.None : ReadTransition(src.Transition, $"scenes[{src.Index}].transition", diagnostics);
            scenes.Add(new SceneEntry(src.Index, src.Name, transition, src.Narration, model));
        }

        var rootMeta = source.IsShow ? showMeta : source.Root["meta"] as JsonObject;
        var show = new ShowDocument(
            source.IsShow,
            rootMeta?["title"].ScalarText() ?? "",
            rootMeta?["topic"].ScalarText() is { Length: > 0 } topic ? topic : source.IsShow ? "show" : "video",
            topCanvas,
            rootMeta?["easing"].AsString(),
            scenes);
        cancellationToken.ThrowIfCancellationRequested();
        diagnostics.AddRange(ServerLimitsCheck.Check(show, source));
        return new PreparedDocument(show, diagnostics);
    }

    private static TransitionSpec ReadTransition(JsonNode? node, string path, List<Diagnostic> diagnostics)
    {
        if (node is not JsonObject t) return TransitionSpec.None;
        var type = t["type"].AsString();
        if (type is null || !TransitionSpec.AnimatedTypes.Contains(type))
        {
            if (type is not null and not "none")
                diagnostics.Add(Diagnostic.Warning($"{path}.type", $"unknown transition type \"{type}\" — the scene cuts instantly"));
            return TransitionSpec.None;
        }
        var duration = DurationParser.Parse(t["duration"], out var valid);
        if (!valid)
            diagnostics.Add(Diagnostic.Error($"{path}.duration", "invalid duration (use e.g. \"0.8s\", \"500ms\" or a number of seconds)"));
        var easing = t["easing"].AsString();
        if (!string.IsNullOrEmpty(easing) && !Easings.IsKnown(easing))
            diagnostics.Add(Diagnostic.Warning($"{path}.easing", $"\"{easing}\" is not a known easing function (linear is used)"));
        return new TransitionSpec(type, duration, string.IsNullOrEmpty(easing) ? null : easing);
    }
}
