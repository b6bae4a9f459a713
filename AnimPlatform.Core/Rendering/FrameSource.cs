using AnimPlatform.Core.Rendering.Elements;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Draws frames of a compiled show into one reusable bitmap. Frame k shows time k/fps (spec §5.6); when
/// nothing changes since the previous frame the pixels are reused instead of drawn again.
/// </summary>
public sealed class FrameSource : IDisposable
{
    private readonly CompiledShow _show;
    private readonly DrawContext _context = RenderResources.CreateContext();
    private readonly SKCanvas _canvas;
    private double? _lastDrawn;

    public FrameSource(CompiledShow show, int fps, int? width = null, int? height = null)
    {
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

    public static double TimeOf(int frame, int fps) => (double)frame / fps;

    /// <summary>Brings <see cref="Bitmap"/> to frame <paramref name="frame"/>; returns false when the pixels were reused.</summary>
    public bool Render(int frame) => RenderAt(TimeOf(frame, Fps));

    /// <param name="force">Draw even when the previous pixels are still right (to measure drawing).</param>
    public bool RenderAt(double t, bool force = false)
    {
        if (!force && _lastDrawn is { } last && last <= t && _show.IsStaticBetween(last, t)) return false;
        _canvas.Save();
        if (Width != _show.Width || Height != _show.Height)
            _canvas.Scale((float)Width / _show.Width, (float)Height / _show.Height);
        _show.Draw(_canvas, t, _context);
        _canvas.Restore();
        _canvas.Flush();
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

    private static int Even(int v) => Math.Max(2, v % 2 == 0 ? v : v + 1);

    public void Dispose()
    {
        _canvas.Dispose();
        Bitmap.Dispose();
    }
}
