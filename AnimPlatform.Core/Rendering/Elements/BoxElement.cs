using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A rounded rectangle whose size, colours and opacity animate; drawn from its top-left corner at (X, Y).</summary>
public sealed class BoxElement(double x, double y, double width, double height, double cornerRadius, Rgba fill, Rgba stroke, double strokeWidth) : Element, IFilledShape
{
    public Track<double> X { get; } = Interpolators.NumberTrack(x);
    public Track<double> Y { get; } = Interpolators.NumberTrack(y);
    public Track<double> Width { get; } = Interpolators.NumberTrack(width);
    public Track<double> Height { get; } = Interpolators.NumberTrack(height);
    public Track<Rgba> Fill { get; } = Interpolators.ColorTrack(fill);
    public Track<Rgba> Stroke { get; } = Interpolators.ColorTrack(stroke);
    public Track<double> StrokeWidth { get; } = Interpolators.NumberTrack(strokeWidth);
    public Track<double> Opacity { get; } = Interpolators.NumberTrack(1);

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var opacity = Math.Clamp(Opacity.At(t), 0, 1);
        var w = Width.At(t);
        var h = Height.At(t);
        if (opacity <= 0 || w <= 0 || h <= 0) return;
        var rect = SKRect.Create((float)X.At(t), (float)Y.At(t), (float)w, (float)h);
        var r = (float)Math.Min(cornerRadius, Math.Min(w, h) / 2);
        var fillColor = Fill.At(t);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = (fillColor with { A = fillColor.A * opacity }).ToSkia() };
        canvas.DrawRoundRect(rect, r, r, paint);
        var sw = StrokeWidth.At(t);
        if (sw <= 0) return;
        var strokeColor = Stroke.At(t);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)sw;
        paint.Color = (strokeColor with { A = strokeColor.A * opacity }).ToSkia();
        canvas.DrawRoundRect(rect, r, r, paint);
    }
}
