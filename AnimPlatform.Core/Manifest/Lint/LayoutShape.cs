using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Manifest.Lint;

public enum ShapeKind { Fill, Circle, Text, Line }

/// <summary>An axis-aligned rectangle in frame pixels.</summary>
public readonly record struct Rect(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CentreX => (Left + Right) / 2;
    public double CentreY => (Top + Bottom) / 2;

    public bool Intersects(Rect o, double margin = 0) =>
        Left < o.Right - margin && o.Left < Right - margin && Top < o.Bottom - margin && o.Top < Bottom - margin;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    public static Rect Around(double cx, double cy, double w, double h) => new(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
}

/// <summary>
/// One drawn thing at one moment, in frame pixels, in drawing order: a filled box or circle, a text, or a
/// line (polyline of an edge). <see cref="Host"/> is the fill it was drawn on inside the same group (a
/// cell's value sits on the cell body), for "text wider than its box".
/// </summary>
public sealed record LayoutShape(ShapeKind Kind, string ObjectId, Rect Bounds, double Opacity)
{
    public Rgba Color { get; init; }
    public string Text { get; init; } = "";
    /// <summary>Font size in frame pixels.</summary>
    public double FontSize { get; init; }
    public bool Bold { get; init; }

    /// <summary>A label drawn smaller than its size so it fits its shape (<see cref="FontSize"/> is the size drawn).</summary>
    public bool Shrunk { get; init; }
    public LayoutShape? Host { get; init; }
    /// <summary>Circles: centre and radius.</summary>
    public (double X, double Y, double R) Circle { get; init; }
    /// <summary>Lines: the sampled points.</summary>
    public IReadOnlyList<(double X, double Y)> Points { get; init; } = [];
    /// <summary>Edge labels and pointer tags: texts that are meant to sit over other objects' lines.</summary>
    public bool Annotation { get; init; }
}
