using AnimPlatform.Core.Rendering.Elements;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Layers;

/// <summary>
/// Cached layers for one frame source. For a window of time, every item of the <see cref="LayerPlan"/> that cannot
/// change is drawn once into a cached frame. A frame in the window copies it; then, for each rectangle a changing
/// item covers at that time, a scratch frame is cleared there to the background, every item that overlaps the
/// rectangle is drawn again in z-order (static ones too, so whatever lies above a moving element stays above it), and
/// the rectangle is copied over. Same pixels as drawing everything: outside those rectangles only static items
/// paint; inside them everything that touches them is drawn, unclipped, exactly as a full draw does.
/// </summary>
internal sealed class LayeredFrames(CompiledShow show, DrawContext context, int width, int height, Action<SKCanvas> enterScene, LayerRules rules)
    : IDisposable
{
    /// <summary>Seconds of change (time inside change spans) one window covers; static stretches are free.</summary>
    public const double WindowChanging = 1.0;

    /// <summary>Device pixels added around recorded bounds (antialiasing, glyph overhang).</summary>
    private const int Margin = 3;

    private readonly ElementChanges _changes = new(show.ChangeSpans);
    private readonly SKRectI _frame = new(0, 0, width, height);
    private readonly SKPictureRecorder _recorder = new();
    private SKBitmap? _cache;
    private SKCanvas? _cacheCanvas;
    private SKBitmap? _scratch;
    private SKCanvas? _scratchCanvas;
    private LayerPlan? _plan;
    private bool _cached;
    private SKRectI[] _bounds = [];
    /// <summary>The target last composed, the window it was composed in and its dirty rectangles: outside them it holds the cache.</summary>
    private SKBitmap? _composedTarget;
    private int _composedWindow = -1;
    private List<SKRectI> _composedDirty = [];

    /// <summary>Windows planned so far (a measure of the cache's overhead).</summary>
    public int Windows { get; private set; }

    /// <summary>Frames drawn from the cache so far.</summary>
    public int CachedFrames { get; private set; }

    /// <summary>
    /// After <see cref="TryDraw"/> returned true: the rectangles outside which the frame is the same, pixel for pixel, as the
    /// target's previous frame (both composed from the same window's cache); null when that is not known (the previous
    /// frame was drawn whole or from another window). Frames composed in order from one window restore only the previous
    /// frame's rectangles from the cache instead of copying it all.
    /// </summary>
    public IReadOnlyList<SKRectI>? ChangedSincePrevious { get; private set; }

    /// <summary>
    /// Writes the frame at <paramref name="t"/> into <paramref name="target"/> from the
    /// cache when it helps; false when the caller must draw everything. A new window is planned only when frames come
    /// in order (<paramref name="sequential"/>): one random preview frame is cheaper drawn than cached.
    /// </summary>
    public bool TryDraw(SKBitmap target, double t, bool sequential)
    {
        ChangedSincePrevious = null;
        if (_plan is null || t < _plan.Start || t > _plan.End)
        {
            if (!sequential) return Forget();
            Plan(t);
        }
        return _cached && Compose(target, t) || Forget();
    }

    /// <summary>The caller draws the target whole: it no longer holds a composed frame.</summary>
    private bool Forget()
    {
        _composedTarget = null;
        _composedWindow = -1;
        return false;
    }

    private void Plan(double t)
    {
        Windows++;
        var limit = Math.Max(t, show.Duration);
        var end = show.ChangeSpans.EndAfterChanging(t, WindowChanging, limit);
        var plan = LayerPlan.For(show.Roots, _changes, t, end);
        _cached = plan.Items.Count >= rules.MinItems &&
                  (plan.ChangingCount <= rules.MaxChangingShare * plan.Items.Count || plan.ChangingCount <= rules.FewChanging);
        if (!_cached)
        {
            // Not worth a cache: draw directly for a shorter stretch, then look again.
            _plan = LayerPlan.For([], _changes, t, show.ChangeSpans.EndAfterChanging(t, WindowChanging / 4, limit));
            return;
        }
        _plan = plan;
        _cache ??= new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        _cacheCanvas ??= new SKCanvas(_cache);
        _cacheCanvas.Clear(show.Background);
        _bounds = new SKRectI[plan.Items.Count];
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            if (item.Changes) continue;
            _bounds[i] = Bounds(item, t);
            if (!_bounds[i].IsEmpty) Draw(_cacheCanvas, item, t);
        }
        _cacheCanvas.Flush();
    }

    private bool Compose(SKBitmap target, double t)
    {
        var plan = _plan!;
        var items = plan.Items;
        var bounds = (SKRectI[])_bounds.Clone();
        var dirty = new List<SKRectI>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].Changes) continue;
            bounds[i] = Bounds(items[i], t);
            if (!bounds[i].IsEmpty) dirty.Add(bounds[i]);
        }
        dirty = Merge(dirty);
        long area = dirty.Sum(r => (long)r.Width * r.Height);
        if (area > rules.MaxDirtyShare * width * height) return false; // most of the frame changes: a full draw is cheaper
        // Outside the previous composed frame's rectangles the target already holds this window's cache.
        var incremental = ReferenceEquals(target, _composedTarget) && _composedWindow == Windows;
        if (incremental)
            foreach (var rect in _composedDirty) CopyRect(_cache!, target, rect);
        else
            CopyPixels(_cache!, target);
        _scratch ??= new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        _scratchCanvas ??= new SKCanvas(_scratch);
        foreach (var rect in dirty)
        {
            // Drawn unclipped on a frame-sized scratch bitmap, then only the rectangle copied: a clip would cut curves
            // at its edges and shift their antialiasing by a level here and there.
            _scratchCanvas.Save();
            _scratchCanvas.ClipRect(rect, SKClipOperation.Intersect, antialias: false);
            _scratchCanvas.Clear(show.Background);
            _scratchCanvas.Restore();
            for (var i = 0; i < items.Count; i++)
                if (bounds[i].IntersectsWith(rect)) Draw(_scratchCanvas, items[i], t);
            _scratchCanvas.Flush();
            CopyRect(_scratch, target, rect);
        }
        ChangedSincePrevious = incremental ? [.. _composedDirty, .. dirty] : null;
        _composedTarget = target;
        _composedWindow = Windows;
        _composedDirty = dirty;
        CachedFrames++;
        return true;
    }

    /// <summary>Draws one item as the full drawing would reach it: scene entry, then each ancestor group's transform.</summary>
    private void Draw(SKCanvas canvas, LayerItem item, double t)
    {
        var count = canvas.Save();
        enterScene(canvas);
        foreach (var group in item.Ancestors)
        {
            if (group.Enter(canvas, t, out _)) continue;
            canvas.RestoreToCount(count);
            return;
        }
        item.Element.Draw(canvas, t, context);
        canvas.RestoreToCount(count);
    }

    /// <summary>Device pixels the item may touch at t: its recorded drawing's bounds, widened by the margin, within the frame.</summary>
    private SKRectI Bounds(LayerItem item, double t)
    {
        var canvas = _recorder.BeginRecording(new SKRect(0, 0, width, height), useRTree: true);
        Draw(canvas, item, t);
        using var picture = _recorder.EndRecording();
        var cull = picture.CullRect;
        if (cull.IsEmpty) return SKRectI.Empty;
        var r = new SKRectI((int)Math.Floor(cull.Left) - Margin, (int)Math.Floor(cull.Top) - Margin,
            (int)Math.Ceiling(cull.Right) + Margin, (int)Math.Ceiling(cull.Bottom) + Margin);
        return SKRectI.Intersect(r, _frame);
    }

    /// <summary>Overlapping rectangles joined (one redraw instead of two over the same pixels).</summary>
    private static List<SKRectI> Merge(List<SKRectI> rects)
    {
        var merged = true;
        while (merged && rects.Count > 1)
        {
            merged = false;
            for (var i = 0; i < rects.Count && !merged; i++)
            for (var j = i + 1; j < rects.Count; j++)
            {
                if (!rects[i].IntersectsWith(rects[j])) continue;
                rects[i] = SKRectI.Union(rects[i], rects[j]);
                rects.RemoveAt(j);
                merged = true;
                break;
            }
        }
        return rects;
    }

    private static unsafe void CopyPixels(SKBitmap from, SKBitmap to)
    {
        var bytes = (long)from.ByteCount;
        Buffer.MemoryCopy((void*)from.GetPixels(), (void*)to.GetPixels(), to.ByteCount, bytes);
    }

    private static unsafe void CopyRect(SKBitmap from, SKBitmap to, SKRectI rect)
    {
        var stride = from.RowBytes;
        var src = (byte*)from.GetPixels();
        var dst = (byte*)to.GetPixels();
        var bytes = rect.Width * 4;
        for (var y = rect.Top; y < rect.Bottom; y++)
        {
            var offset = (long)y * stride + rect.Left * 4;
            Buffer.MemoryCopy(src + offset, dst + offset, bytes, bytes);
        }
    }

    public void Dispose()
    {
        _scratchCanvas?.Dispose();
        _scratch?.Dispose();
        _recorder.Dispose();
        _cacheCanvas?.Dispose();
        _cache?.Dispose();
    }
}

/// <summary>
/// When cached layers are worth it: enough items, few of them changing in the window (at most a share of them, or at
/// most <paramref name="FewChanging"/>: measuring that many items' bounds per frame costs little whatever the scene), and a
/// frame's changing rectangles covering at most a share of it (else a full draw is cheaper). Small scenes are cached
/// too: frames composed in order restore and redraw only rectangles, and they tell the I420 conversion which rows changed
/// (<see cref="LayeredFrames.ChangedSincePrevious"/>), so it need not compare the whole frame with the previous one.
/// A translucent group of at least <paramref name="FadeMinElements"/> elements keeps its picture while only its alpha
/// changes (<see cref="FadingGroups"/>); a smaller one is cheaper drawn than a frame-sized copy.
/// </summary>
internal sealed record LayerRules(int MinItems, double MaxChangingShare, double MaxDirtyShare, int FewChanging = 0, int FadeMinElements = 200)
{
    public static readonly LayerRules Default = new(0, 0.25, 0.5, 64);

    /// <summary>Caches whatever the scene (tests: the cached path on small scenes gives the same pixels).</summary>
    public static readonly LayerRules Always = new(0, 1, 1);
}
