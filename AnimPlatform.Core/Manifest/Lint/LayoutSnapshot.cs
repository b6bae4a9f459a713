using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>Every visible shape of one scene at one moment, in drawing order, with what the checks need to report.</summary>
public sealed record LayoutSnapshot(
    double Second,
    double Width,
    double Height,
    Rgba Background,
    IReadOnlyList<LayoutShape> Shapes,
    IReadOnlyDictionary<string, string> ObjectPaths,
    IReadOnlyList<Rect> SubtitleBands)
{
    /// <summary>The lint's opt-in strictness (the text size minimum).</summary>
    public LintOptions Options { get; init; } = LintOptions.Default;

    public string PathOf(string objectId) => ObjectPaths.GetValueOrDefault(objectId, objectId);

    /// <summary>The colour under a point: the fills drawn before <paramref name="before"/> that cover it, composited over the background.</summary>
    public Rgba ColourUnder(double x, double y, LayoutShape before)
    {
        var colour = Background;
        foreach (var s in Shapes)
        {
            if (ReferenceEquals(s, before)) break;
            var covers = s.Kind switch
            {
                ShapeKind.Fill => s.Bounds.Contains(x, y),
                ShapeKind.Circle => (x - s.Circle.X) * (x - s.Circle.X) + (y - s.Circle.Y) * (y - s.Circle.Y) <= s.Circle.R * s.Circle.R,
                _ => false,
            };
            if (covers) colour = Contrast.Over(s.Color with { A = s.Color.A * s.Opacity }, colour);
        }
        return colour;
    }
}
