using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A drawable node of the scene graph (spec §5.1). It exists from <see cref="Born"/> until <see cref="Removed"/>.</summary>
public abstract class Element
{
    public double Born { get; set; } = double.NegativeInfinity;
    public double Removed { get; set; } = double.PositiveInfinity;

    public bool AliveAt(double t) => t >= Born && t < Removed;

    public abstract void Draw(SKCanvas canvas, double t, DrawContext context);

    /// <summary>Collects the time spans during which this element's appearance changes (for static-frame detection).</summary>
    public abstract void CollectChanges(ChangeCollector changes);
}
