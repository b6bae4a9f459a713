using AnimPlatform.Core.Manifest.Lint.Checks;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>
/// Layout checks of a valid document (the <c>lint</c> verb, and warnings of POST /api/v1/validate): each
/// scene is compiled as for rendering and looked at after every timeline entry (when the picture has
/// settled); every problem is reported once, with the object's path and the first second it is seen.
/// </summary>
public static class LayoutLint
{
    /// <summary>Snapshots per scene at most (long timelines are sampled evenly).</summary>
    public const int MaxSamplesPerScene = 400;

    public static IReadOnlyList<ILintCheck> Checks { get; } =
    [
        new TextOffCanvasCheck(),
        new TextTooWideCheck(),
        new OverlapCheck(),
        new EdgeThroughNodeCheck(),
        new ContrastCheck(),
        new SmallTextCheck(),
        new SubtitleBandCheck(),
    ];

    /// <param name="options">Opt-in strictness (e.g. <see cref="LintOptions.Lesson"/>); null = the default rules.</param>
    /// <param name="budget">Time the checks may take (the API's answer must not wait on a huge show); past it a
    /// "budget" warning says where they stopped. Null = no limit (the CLI).</param>
    public static IReadOnlyList<LintWarning> Run(PreparedDocument document, TimeSpan? budget = null, CancellationToken cancellationToken = default, LintOptions? options = null) =>
        document.IsValid ? Run(document, ShowCompiler.Compile(document.Show, null, cancellationToken), budget, cancellationToken, options) : [];

    /// <summary>The checks on a show already compiled for rendering (validate compiles once for these and the renderer's warnings).</summary>
    public static IReadOnlyList<LintWarning> Run(PreparedDocument document, CompiledShow compiled, TimeSpan? budget = null, CancellationToken cancellationToken = default,
        LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        if (!document.IsValid) return [];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var show = document.Show;
        var width = compiled.Width;
        var height = compiled.Height;
        if (!ColorParser.TryParse(show.Canvas.Background, out var background)) ColorParser.TryParse(CanvasSpec.DefaultBackground, out background);
        background = background with { A = 1 };
        var text = RenderResources.CreateContext().Text;
        var probe = new LayoutProbe(text, width, height);
        var found = new Dictionary<(string Check, string Object, string Key), LintWarning>();
        foreach (var scene in compiled.CompiledScenes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = scene.Entry;
            var run = scene.Run;
            var paths = ObjectPaths(entry, show.IsShow);
            var bands = Bands(entry, width, height, text);
            foreach (var second in Samples(scene.Start, run.EntryEnds))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > budget)
                {
                    var stopped = new LintWarning("budget", show.IsShow ? $"scenes[{entry.Index}]" : "timeline", Math.Round(second, 3),
                        $"layout checks stopped after {budget.Value.TotalSeconds:0.#} s; later moments were not checked (run lint on the file for all of them)");
                    return [.. Sorted(found.Values), stopped];
                }
                // The scene on its own: its camera, not its container (which a cut removes at the scene's last instant).
                var shapes = new List<LayoutShape>();
                foreach (var def in entry.Scene.Objects)
                    if (run.Objects.TryGetValue(def.Id, out var runtime))
                        probe.Collect(def.Id, [scene.Camera], runtime.Root, second, shapes);
                var snapshot = new LayoutSnapshot(second, width, height, background, shapes, paths, bands) { Options = options };
                foreach (var check in Checks)
                foreach (var f in check.Find(snapshot))
                    found.TryAdd((check.Name, f.ObjectId, f.Key), new LintWarning(check.Name, snapshot.PathOf(f.ObjectId), Math.Round(second, 3), f.Message));
            }
        }
        return Sorted(found.Values);
    }

    private static List<LintWarning> Sorted(IEnumerable<LintWarning> warnings) =>
        warnings.OrderBy(w => w.Second).ThenBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Check, StringComparer.Ordinal).ToList();

    /// <summary>After every entry (the settled picture); an empty timeline is looked at once.</summary>
    private static IEnumerable<double> Samples(double start, IReadOnlyList<double> ends)
    {
        var times = ends.Count == 0 ? [start] : ends.Distinct().ToList();
        if (times.Count <= MaxSamplesPerScene) return times;
        return Enumerable.Range(0, MaxSamplesPerScene).Select(k => times[(int)((long)k * (times.Count - 1) / (MaxSamplesPerScene - 1))]).Distinct();
    }

    /// <summary>Object id → its manifest path (<c>scenes[1].manifest.objects[3]</c>), from the scene's own path prefix.</summary>
    private static Dictionary<string, string> ObjectPaths(SceneEntry entry, bool isShow)
    {
        var first = entry.Scene.Timeline.FirstOrDefault()?.Path;
        var at = first?.IndexOf("timeline[", StringComparison.Ordinal) ?? -1;
        var prefix = at >= 0 ? first![..at] : isShow ? $"scenes[{entry.Index}].manifest." : "";
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < entry.Scene.Objects.Count; k++) paths.TryAdd(entry.Scene.Objects[k].Id, $"{prefix}objects[{k}]");
        return paths;
    }

    /// <summary>Where burned subtitles of the scene's narration and its entries' say would be drawn (none without either).</summary>
    private static IReadOnlyList<Rect> Bands(SceneEntry entry, int width, int height, Rendering.Text.TextRenderer text)
    {
        var spoken = SubtitleChunker.Split(entry.Narration).Concat(entry.Scene.Timeline.SelectMany(e => SubtitleChunker.Split(e.Say)));
        var cues = spoken.Select((c, k) => new SubtitleCue(k, k + 1, c)).ToList();
        if (cues.Count == 0) return [];
        return SubtitleLayout.Layout(entry.Scene, cues, width, height, text)
            .Select(c => new Rect(c.Band.Left, c.Band.Top, c.Band.Right, c.Band.Bottom)).Distinct().ToList();
    }
}
