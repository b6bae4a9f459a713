using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A data-structure cell body: a rounded rectangle centred on its group.</summary>
public sealed class RoundRectElement(double width, double height, double cornerRadius, Rgba fill, Rgba stroke, double strokeWidth) : Element, IFilledShape
{
    public double Width { get; } = width;
    public double Height { get; } = height;
    public Track<Rgba> Fill { get; } = Interpolators.ColorTrack(fill);
    public Track<Rgba> Stroke { get; } = Interpolators.ColorTrack(stroke);
    public Track<double> StrokeWidth { get; } = Interpolators.NumberTrack(strokeWidth);

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var rect = SKRect.Create((float)(-Width / 2), (float)(-Height / 2), (float)Width, (float)Height);
        var r = (float)Math.Min(cornerRadius, Math.Min(Width, Height) / 2);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Fill.At(t).ToSkia() };
        canvas.DrawRoundRect(rect, r, r, paint);
        var w = StrokeWidth.At(t);
        if (w <= 0) return;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)w;
        paint.Color = Stroke.At(t).ToSkia();
        canvas.DrawRoundRect(rect, r, r, paint);
    }
}
