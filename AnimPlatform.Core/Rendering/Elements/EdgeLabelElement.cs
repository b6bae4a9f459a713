using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A graph edge's weight: a small pill beside the middle of the edge (never on it, nor on a node), filled
/// with the canvas background so it reads whatever colour the edge turns. Straight edges put it on their
/// upper side; curved edges on the outer side of their bend.
/// </summary>
public sealed class EdgeLabelElement(LineElement edge, string text, double fontSize, Rgba textColor, Rgba pillColor) : Element
{
    public string Text { get; } = text;
    /// <summary>The edge the pill sits beside (cached layers redraw the pill when the edge changes).</summary>
    internal LineElement Edge => edge;
    public double FontSize { get; } = fontSize;
    public Track<Rgba> TextColor { get; } = Interpolators.ColorTrack(textColor);
    public Track<Rgba> PillColor { get; } = Interpolators.ColorTrack(pillColor);

    public double PillHeight => Math.Round(FontSize * 1.3);

    public double PillWidth => Math.Max(PillHeight, Math.Round(CodeLineElement.MonoWidth(Text.Length, FontSize) + FontSize * 0.6));

    /// <summary>The pill's centre at t.</summary>
    public (double X, double Y) CentreAt(double t)
    {
        var curve = edge.CurveAt(t);
        var (mx, my) = curve.At(0.5);
        var (nx, ny) = curve.Normal;
        if (curve.Bend == 0 && (ny > 0 || (ny == 0 && nx < 0))) (nx, ny) = (-nx, -ny);
        else if (curve.Bend < 0) (nx, ny) = (-nx, -ny);
        // Far enough out that the pill's nearest corner clears the stroke: its half extent along the normal plus half the edge width.
        var reach = Math.Abs(nx) * PillWidth / 2 + Math.Abs(ny) * PillHeight / 2 + edge.Width.At(t) / 2 + 4;
        return (mx + nx * reach, my + ny * reach);
    }

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var opacity = Math.Clamp(edge.Opacity.At(t), 0, 1);
        if (opacity <= 0) return;
        var (cx, cy) = CentreAt(t);
        var pill = PillColor.At(t);
        using var paint = new SKPaint { IsAntialias = true, Color = (pill with { A = pill.A * opacity }).ToSkia() };
        var rect = SKRect.Create((float)(cx - PillWidth / 2), (float)(cy - PillHeight / 2), (float)PillWidth, (float)PillHeight);
        canvas.DrawRoundRect(rect, (float)(PillHeight / 2), (float)(PillHeight / 2), paint);
        var color = TextColor.At(t);
        canvas.Save();
        canvas.Translate((float)cx, (float)cy);
        context.Text.Draw(canvas, context.Text.Layout(Text, FontSize, true, "monospace"), FontSize, true, "monospace", "center",
            (color with { A = color.A * opacity }).ToSkia());
        canvas.Restore();
    }
}
