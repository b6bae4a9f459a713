using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A shape whose fill and outline highlight actions animate (a cell body or a value bar).</summary>
public interface IFilledShape
{
    Track<Rgba> Fill { get; }
    Track<Rgba> Stroke { get; }
    Track<double> StrokeWidth { get; }
}
