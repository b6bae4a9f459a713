using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Layers;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Draws frames of a compiled show into one reusable bitmap. Frame k shows time k/fps (spec §5.6); when
/// nothing changes since the previous frame the pixels are reused instead of drawn again. Frames drawn in order
/// come from cached layers where that helps (large scenes where little moves): the same pixels, drawn once.
/// </summary>
public sealed class FrameSource : IDisposable
{
    private readonly CompiledShow _show;
    private readonly DrawContext _context = RenderResources.CreateContext();
    private readonly SKCanvas _canvas;
    private double? _lastDrawn;
    private LayeredFrames? _layers;

    /// <summary>Longest step forward between two frames that still counts as playing in order (cached layers pay off).</summary>
    private const double SequentialStep = 1.0;

    public FrameSource(CompiledShow show, int fps, int? width = null, int? height = null)
    {
        NativeHeap.KeepLargeBlocksUnmapped();
        _show = show;
        Fps = fps;
        Width = Even(width ?? show.Width);
        Height = Even(height ?? show.Height);
        Bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        _canvas = new SKCanvas(Bitmap);
    }

    public int Fps { get; }
    public int Width { get; }
    public int Height { get; }
    public int FrameCount => _show.FrameCount(Fps);
    public SKBitmap Bitmap { get; }
    public int FramesDrawn { get; private set; }

    /// <summary>Use cached layers for frames drawn in order (default); off, every frame draws every element.</summary>
    public bool CacheLayers { get; init; } = true;

    /// <summary>When the cache is used (tests force it on small scenes).</summary>
    internal LayerRules LayerRules { get; init; } = LayerRules.Default;

    /// <summary>
    /// After <see cref="Render"/> or <see cref="RenderAt"/> drew: the row ranges [Top, Bottom) outside which the bitmap is the
    /// same, byte for byte, as the frame it held before (known when both frames came from one window of cached layers);
    /// null when not known, i.e. anything may have changed.
    /// </summary>
    public IReadOnlyList<(int Top, int Bottom)>? ChangedRows { get; private set; }

    /// <summary>Frames that came from cached layers so far.</summary>
    internal int CachedFrames => _layers?.CachedFrames ?? 0;

    /// <summary>Times a large fading group's picture was copied instead of drawn.</summary>
    internal int ReusedGroupPictures => _context.Fades?.Reused ?? 0;

    public static double TimeOf(int frame, int fps) => (double)frame / fps;

    /// <summary>Brings <see cref="Bitmap"/> to frame <paramref name="frame"/>; returns false when the pixels were reused.</summary>
    public bool Render(int frame) => RenderAt(TimeOf(frame, Fps));

    /// <param name="force">Draw even when the previous pixels are still right (to measure drawing).</param>
    public bool RenderAt(double t, bool force = false)
    {
        if (!force && _lastDrawn is { } last && last <= t && _show.IsStaticBetween(last, t)) return false;
        var sequential = _lastDrawn is { } previous && previous <= t && t - previous <= SequentialStep;
        if (CacheLayers && _layers is null)
        {
            _layers = new LayeredFrames(_show, _context, Width, Height, EnterScene, LayerRules);
            _context.Fades = new FadingGroups(_show, _canvas, Width, Height, LayerRules.FadeMinElements);
        }
        ChangedRows = null;
        if (_layers?.TryDraw(Bitmap, t, sequential) == true)
            ChangedRows = _layers.ChangedSincePrevious?.Select(r => (r.Top, r.Bottom)).ToArray();
        else
        {
            _canvas.Save();
            ScaleToFrame(_canvas);
            _show.Draw(_canvas, t, _context);
            _canvas.Restore();
            _canvas.Flush();
        }
        _lastDrawn = t;
        FramesDrawn++;
        return true;
    }

    public byte[] EncodePng() => Encode(SKEncodedImageFormat.Png, 100);

    /// <summary>The current frame as an image file (PNG for exact frames, JPEG/WebP for fast previews).</summary>
    public byte[] Encode(SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(Bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private void ScaleToFrame(SKCanvas canvas)
    {
        if (Width != _show.Width || Height != _show.Height)
            canvas.Scale((float)Width / _show.Width, (float)Height / _show.Height);
    }

    /// <summary>The transform a full draw has when the show starts drawing its elements: frame scale, then the canvas centre.</summary>
    private void EnterScene(SKCanvas canvas)
    {
        ScaleToFrame(canvas);
        _show.EnterCentre(canvas);
    }

    private static int Even(int v) => Math.Max(2, v % 2 == 0 ? v : v + 1);

    public void Dispose()
    {
        _layers?.Dispose();
        _context.Fades?.Dispose();
        _canvas.Dispose();
        Bitmap.Dispose();
    }
}
