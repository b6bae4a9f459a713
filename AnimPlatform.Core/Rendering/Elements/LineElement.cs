using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A straight edge with butt caps. Endpoints are either their own tracks (tree edges animate them) or
/// bound to node groups so the line follows moving nodes every frame (graph edges, spec §9.2 move-node).
/// </summary>
public sealed class LineElement : Element
{
    private readonly GroupElement? _fromNode, _toNode;

    public LineElement(Rgba color, double width, GroupElement fromNode, GroupElement toNode)
        : this(color, width, 0, 0, 0, 0)
    {
        _fromNode = fromNode;
        _toNode = toNode;
    }

    public LineElement(Rgba color, double width, double x1, double y1, double x2, double y2)
    {
        Color = Interpolators.ColorTrack(color);
        Width = Interpolators.NumberTrack(width);
        X1 = Interpolators.NumberTrack(x1);
        Y1 = Interpolators.NumberTrack(y1);
        X2 = Interpolators.NumberTrack(x2);
        Y2 = Interpolators.NumberTrack(y2);
        Opacity = Interpolators.NumberTrack(1);
    }

    /// <summary>The node groups a graph edge is bound to (null for free endpoints): cached layers redraw it when they move.</summary>
    internal GroupElement? FromNode => _fromNode;
    internal GroupElement? ToNode => _toNode;

    public Track<Rgba> Color { get; }
    public Track<double> Width { get; }
    public Track<double> X1 { get; }
    public Track<double> Y1 { get; }
    public Track<double> X2 { get; }
    public Track<double> Y2 { get; }
    public Track<double> Opacity { get; }

    /// <summary>Graph edges (extension): px the middle bends to the right of from→to (0 = straight).</summary>
    public double Bend { get; init; }

    /// <summary>Graph edges (extension): when &gt; 0, an arrowhead whose tip is this far from the to-node's centre (its outline).</summary>
    public double ArrowTo { get; init; }

    /// <summary>The edge's curve at t (bound nodes followed), for labels and checks.</summary>
    public EdgeCurve CurveAt(double t)
    {
        var (x1, y1) = _fromNode?.PositionAt(t) ?? (X1.At(t), Y1.At(t));
        var (x2, y2) = _toNode?.PositionAt(t) ?? (X2.At(t), Y2.At(t));
        return new EdgeCurve(x1, y1, x2, y2, Bend);
    }

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var opacity = Math.Clamp(Opacity.At(t), 0, 1);
        var width = Width.At(t);
        if (opacity <= 0 || width <= 0) return;
        var (x1, y1) = _fromNode?.PositionAt(t) ?? (X1.At(t), Y1.At(t));
        var (x2, y2) = _toNode?.PositionAt(t) ?? (X2.At(t), Y2.At(t));
        var color = Color.At(t);
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeCap = SKStrokeCap.Butt,
            StrokeWidth = (float)width,
            Color = (color with { A = color.A * opacity }).ToSkia(),
        };
        if (Bend == 0 && ArrowTo <= 0)
        {
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
            return;
        }
        DrawShaped(canvas, new EdgeCurve(x1, y1, x2, y2, Bend), width, paint);
    }

    /// <summary>A curved and/or directed edge: the line stops under the arrowhead, whose tip touches the to-node's outline.</summary>
    private void DrawShaped(SKCanvas canvas, EdgeCurve curve, double width, SKPaint paint)
    {
        var end = ArrowTo > 0 ? curve.ExitAtEnd(ArrowTo) : 1;
        var head = Math.Max(12, width * 3.5);
        var (tx, ty) = curve.At(end);
        var (ux, uy) = curve.Tangent(end);
        using var path = new SKPath();
        path.MoveTo((float)curve.Ax, (float)curve.Ay);
        const int steps = 24;
        for (var i = 1; i <= steps; i++)
        {
            var (px, py) = curve.At(end * i / steps);
            // Stop the stroke inside the head so its butt end does not poke out around the tip.
            if (ArrowTo > 0 && Math.Sqrt((px - tx) * (px - tx) + (py - ty) * (py - ty)) < head * 0.6) break;
            path.LineTo((float)px, (float)py);
        }
        canvas.DrawPath(path, paint);
        if (ArrowTo <= 0) return;
        ArrowElement.DrawHead(canvas, paint, tx, ty, ux, uy, head, head * 0.45);
    }
}
