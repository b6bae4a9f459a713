using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A node circle centred on its group: filled, then stroked on the outline (spec §5.3).</summary>
public sealed class CircleElement(double radius, Rgba fill, Rgba stroke, double strokeWidth) : Element
{
    public double Radius { get; } = radius;
    public Track<Rgba> Fill { get; } = Interpolators.ColorTrack(fill);
    public Track<Rgba> Stroke { get; } = Interpolators.ColorTrack(stroke);
    public Track<double> StrokeWidth { get; } = Interpolators.NumberTrack(strokeWidth);

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Fill.At(t).ToSkia() };
        canvas.DrawCircle(0, 0, (float)Radius, paint);
        var width = StrokeWidth.At(t);
        if (width <= 0) return;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)width;
        paint.Color = Stroke.At(t).ToSkia();
        canvas.DrawCircle(0, 0, (float)Radius, paint);
    }
}
