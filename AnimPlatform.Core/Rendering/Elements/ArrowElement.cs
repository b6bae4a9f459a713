using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A straight arrow from (X1, Y1) to (X2, Y2) with a filled head whose tip is exactly at the end point.</summary>
public sealed class ArrowElement(double x1, double y1, double x2, double y2, Rgba color, double width) : Element
{
    public Track<double> X1 { get; } = Interpolators.NumberTrack(x1);
    public Track<double> Y1 { get; } = Interpolators.NumberTrack(y1);
    public Track<double> X2 { get; } = Interpolators.NumberTrack(x2);
    public Track<double> Y2 { get; } = Interpolators.NumberTrack(y2);
    public Track<Rgba> Color { get; } = Interpolators.ColorTrack(color);
    public Track<double> Opacity { get; } = Interpolators.NumberTrack(1);
    public double Width { get; } = width;

    public double HeadLength => Math.Max(10, Width * 4);

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var opacity = Math.Clamp(Opacity.At(t), 0, 1);
        if (opacity <= 0) return;
        double ax = X1.At(t), ay = Y1.At(t), bx = X2.At(t), by = Y2.At(t);
        var length = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
        if (length < 1e-6) return;
        double ux = (bx - ax) / length, uy = (by - ay) / length;
        var head = Math.Min(HeadLength, length);
        var c = Color.At(t);
        using var paint = new SKPaint { IsAntialias = true, Color = (c with { A = c.A * opacity }).ToSkia(), StrokeWidth = (float)Width, Style = SKPaintStyle.Stroke };
        canvas.DrawLine((float)ax, (float)ay, (float)(bx - ux * head * 0.9), (float)(by - uy * head * 0.9), paint);
        DrawHead(canvas, paint, bx, by, ux, uy, head, head * 0.5);
    }

    /// <summary>A filled arrowhead with its tip at (tx, ty), pointing along the unit vector (ux, uy).</summary>
    public static void DrawHead(SKCanvas canvas, SKPaint paint, double tx, double ty, double ux, double uy, double length, double halfWidth)
    {
        paint.Style = SKPaintStyle.Fill;
        using var path = new SKPath();
        path.MoveTo((float)tx, (float)ty);
        path.LineTo((float)(tx - ux * length - uy * halfWidth), (float)(ty - uy * length + ux * halfWidth));
        path.LineTo((float)(tx - ux * length + uy * halfWidth), (float)(ty - uy * length - ux * halfWidth));
        path.Close();
        canvas.DrawPath(path, paint);
    }
}
