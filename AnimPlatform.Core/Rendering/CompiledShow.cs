using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Elements;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// A show compiled to tracks: the picture at any time t is a pure function of t (random access), so any
/// frame can be drawn alone — previews, seeking, skipping static spans, parallel chunks.
/// </summary>
public sealed class CompiledShow
{
    private readonly GroupElement _camera;
    private readonly Element? _overlay;
    // Disjoint, sorted [start, end] spans during which the picture may change (instants have start = end).
    private readonly double[] _changeStarts;
    private readonly double[] _changeEnds;

    /// <param name="overlay">Drawn above the camera and unaffected by it (burned subtitles); null for none.</param>
    public CompiledShow(int width, int height, SKColor background, double duration, GroupElement camera, IReadOnlyList<Diagnostic> warnings,
        Element? overlay = null)
    {
        Width = width;
        Height = height;
        Background = background;
        Duration = duration;
        _camera = camera;
        _overlay = overlay;
        Warnings = warnings;
        var changes = new ChangeCollector();
        camera.CollectChanges(changes);
        overlay?.CollectChanges(changes);
        var merged = Merge(changes.Spans.Where(s => double.IsFinite(s.Start) && double.IsFinite(s.End)));
        _changeStarts = merged.Select(s => s.Start).ToArray();
        _changeEnds = merged.Select(s => s.End).ToArray();
        ChangeSpans = new Layers.SpanSet(merged);
        Roots = overlay is null ? [camera] : [camera, overlay];
    }

    /// <summary>Where anything on screen may change, as closed spans (cached layers plan their windows on it).</summary>
    internal Layers.SpanSet ChangeSpans { get; }

    /// <summary>What <see cref="Draw"/> draws, in order, after <see cref="EnterCentre"/>: the camera group, then the overlay.</summary>
    internal IReadOnlyList<Element> Roots { get; }

    /// <summary>Puts the origin at the canvas centre, where every element expects it.</summary>
    internal void EnterCentre(SKCanvas canvas) => canvas.Translate(Width / 2f, Height / 2f);

    public int Width { get; }
    public int Height { get; }
    public SKColor Background { get; }
    public double Duration { get; }
    public IReadOnlyList<Diagnostic> Warnings { get; }
    public IReadOnlyList<SceneSpan> Scenes { get; init; } = [];
    /// <summary>Each scene's objects and entry ends, for checks that look at one scene at a time (layout lint).</summary>
    public IReadOnlyList<CompiledScene> CompiledScenes { get; init; } = [];
    /// <summary>Subtitle cues in video time (empty without narration), whether or not they are burned into the frames.</summary>
    public IReadOnlyList<SubtitleCue> Subtitles { get; init; } = [];

    public int FrameCount(int fps) => (int)Math.Ceiling(Duration * fps - 1e-9);

    public void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        canvas.Clear(Background);
        canvas.Save();
        EnterCentre(canvas);
        foreach (var root in Roots) root.Draw(canvas, t, context);
        canvas.Restore();
    }

    /// <summary>
    /// True when nothing can differ between times <paramref name="a"/> &lt; <paramref name="b"/>: no tween
    /// runs and nothing starts, ends, appears or disappears in (a, b].
    /// </summary>
    public bool IsStaticBetween(double a, double b)
    {
        // A change span [s, e] touches (a, b] when s <= b and e > a; spans are disjoint and sorted, so
        // only the last one starting at or before b can (it has the largest end of those).
        var i = UpperBound(_changeStarts, b) - 1;
        return i < 0 || _changeEnds[i] <= a;
    }

    private static List<(double Start, double End)> Merge(IEnumerable<(double Start, double End)> spans)
    {
        var merged = new List<(double Start, double End)>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            else
                merged.Add((start, end));
        }
        return merged;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
