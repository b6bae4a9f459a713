using AnimPlatform.Core.Rendering.Animation;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A translated, uniformly scaled group with group opacity (spec §5.1–5.2): below 1 the children are
/// composited once through a layer, so overlapping children don't show through each other.
/// </summary>
public sealed class GroupElement(double x = 0, double y = 0, double opacity = 1, double scale = 1) : Element
{
    public Track<double> X { get; } = Interpolators.NumberTrack(x);
    public Track<double> Y { get; } = Interpolators.NumberTrack(y);
    public Track<double> Scale { get; } = Interpolators.NumberTrack(scale);
    public Track<double> Opacity { get; } = Interpolators.NumberTrack(opacity);
    public List<Element> Children { get; } = [];

    public T Add<T>(T child) where T : Element
    {
        Children.Add(child);
        return child;
    }

    public (double X, double Y) PositionAt(double t) => (X.At(t), Y.At(t));

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!Enter(canvas, t, out var layered)) return;
        // Translucent: the layer's pixels may come from a cached picture while only the group's alpha changes.
        if (!layered || context.Fades?.TryDrawChildren(this, canvas, t, context) != true)
            foreach (var child in Children) child.Draw(canvas, t, context);
        canvas.Restore();
        if (layered) canvas.Restore();
    }

    /// <summary>
    /// Sets the canvas up for the children at t: translation, scale and, below opacity 1, a layer (then
    /// <paramref name="layered"/>; restore twice). False, with nothing saved, when the group shows nothing at t.
    /// Cached layers draw a child alone through this too, so it lands exactly where the full drawing puts it.
    /// </summary>
    internal bool Enter(SKCanvas canvas, double t, out bool layered)
    {
        layered = false;
        if (!AliveAt(t)) return false;
        var opacity = Math.Clamp(Opacity.At(t), 0, 1);
        if (opacity <= 0) return false;
        var scale = Scale.At(t);
        if (scale == 0) return false;
        canvas.Save();
        canvas.Translate((float)X.At(t), (float)Y.At(t));
        if (scale != 1) canvas.Scale((float)scale);
        if (opacity < 1)
        {
            using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(opacity * 255)) };
            canvas.SaveLayer(paint);
            layered = true;
        }
        return true;
    }

    protected override void CollectMoreChanges(ChangeCollector changes)
    {
        foreach (var child in Children) child.CollectChanges(changes);
    }
}
