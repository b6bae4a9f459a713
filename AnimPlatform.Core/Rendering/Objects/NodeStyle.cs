using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>Node and edge appearance shared by graphs and trees (spec §7.1/§7.2; labels always bold monospace).</summary>
/// <param name="AutoLabel">No labelColor in the style: labels are black or white by the fill (AutoLabel).</param>
public sealed record NodeStyle(double Radius, Rgba Fill, Rgba Stroke, double StrokeWidth, Rgba EdgeColor, double EdgeWidth, Rgba LabelColor, double LabelSize, bool AutoLabel = false)
{
    public static NodeStyle Read(StyleReader s, string nodeColor, string nodeStroke, string edgeColor)
    {
        var fill = s.Color("nodeColor", nodeColor);
        var labelSet = s.Text("labelColor") is not null;
        return new(
            s.Number("nodeRadius", 30),
            fill,
            s.Color("nodeStroke", nodeStroke),
            s.Number("strokeWidth", 3),
            s.Color("edgeColor", edgeColor),
            s.Number("edgeWidth", 3),
            Colors.AutoLabel.Initial(labelSet, s.Color("labelColor", "#ffffff"), fill),
            FontSpec.SizeOf(s.Text("labelFont")) is { } px && px > 0 ? px : 20,
            !labelSet);
    }

    /// <summary>The chord of the circle at the label's half ink height (about a line's height / 1.2), less a 2 px margin.</summary>
    public double LabelRoom(double blockHeight)
    {
        var half = Math.Min(Radius, blockHeight / 2.4);
        return 2 * Math.Sqrt(Radius * Radius - half * half) - 2;
    }

    public NodeParts CreateNode(string label, double x, double y, double opacity = 1)
    {
        var group = new GroupElement(x, y, opacity);
        var circle = group.Add(new CircleElement(Radius, Fill, Stroke, StrokeWidth));
        var text = group.Add(new TextElement(label, LabelColor, LabelSize, true, "monospace", "center") { FitRoom = LabelRoom });
        return new NodeParts(group, circle, text) { AutoLabel = AutoLabel };
    }
}
