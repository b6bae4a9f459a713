using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Pointers;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>
/// Walks a compiled scene graph at one time the way drawing does (groups translate, scale and fade) and
/// records every visible leaf as a <see cref="LayoutShape"/> in frame pixels. Works for every kind, since
/// it reads elements, not kinds.
/// </summary>
public sealed class LayoutProbe(TextRenderer text, double frameWidth, double frameHeight)
{
    private readonly record struct Affine(double S, double X, double Y)
    {
        public (double X, double Y) Map(double x, double y) => (X + S * x, Y + S * y);

        public Rect Map(Rect r)
        {
            var (l, t) = Map(r.Left, r.Top);
            var (rr, b) = Map(r.Right, r.Bottom);
            return new Rect(l, t, rr, b);
        }

        public Affine Then(GroupElement g, double time) => new(S * g.Scale.At(time), X + S * g.X.At(time), Y + S * g.Y.At(time));
    }

    /// <summary>The shapes of <paramref name="root"/> (one object) under the given chain of parent groups.</summary>
    public void Collect(string objectId, IReadOnlyList<GroupElement> parents, GroupElement root, double t, List<LayoutShape> into)
    {
        var m = new Affine(1, frameWidth / 2, frameHeight / 2);
        var opacity = 1.0;
        foreach (var p in parents)
        {
            if (!p.AliveAt(t)) return;
            opacity *= Math.Clamp(p.Opacity.At(t), 0, 1);
            m = m.Then(p, t);
        }
        Walk(objectId, root, m, opacity, t, into);
    }

    private void Walk(string id, GroupElement group, Affine parent, double opacity, double t, List<LayoutShape> into)
    {
        if (!group.AliveAt(t)) return;
        opacity *= Math.Clamp(group.Opacity.At(t), 0, 1);
        if (opacity <= 0.05 || group.Scale.At(t) == 0) return;
        var m = parent.Then(group, t);
        LayoutShape? host = null;
        foreach (var child in group.Children)
        {
            if (!child.AliveAt(t)) continue;
            if (child is GroupElement g)
            {
                Walk(id, g, m, opacity, t, into);
                continue;
            }
            var shape = Leaf(id, child, m, opacity, t, host, into);
            if (shape is { Kind: ShapeKind.Fill or ShapeKind.Circle }) host = shape;
        }
    }

    private LayoutShape? Leaf(string id, Element e, Affine m, double opacity, double t, LayoutShape? host, List<LayoutShape> into)
    {
        LayoutShape? Add(LayoutShape? s)
        {
            if (s is not null && s.Opacity > 0.05) into.Add(s);
            return s;
        }
        switch (e)
        {
            case RoundRectElement r:
                return Add(new LayoutShape(ShapeKind.Fill, id, m.Map(Rect.Around(0, 0, r.Width, r.Height)), opacity) { Color = r.Fill.At(t) });
            case BoxElement b when b.Width.At(t) > 0 && b.Height.At(t) > 0:
                return Add(new LayoutShape(ShapeKind.Fill, id, m.Map(new Rect(b.X.At(t), b.Y.At(t), b.X.At(t) + b.Width.At(t), b.Y.At(t) + b.Height.At(t))),
                    opacity * Math.Clamp(b.Opacity.At(t), 0, 1)) { Color = b.Fill.At(t) });
            case CircleElement c:
                var (cx, cy) = m.Map(0, 0);
                var radius = c.Radius * m.S;
                return Add(new LayoutShape(ShapeKind.Circle, id, Rect.Around(cx, cy, 2 * radius, 2 * radius), opacity) { Color = c.Fill.At(t), Circle = (cx, cy, radius) });
            case TextElement text when text.Content.At(t) is { Length: > 0 } content && text.FontSize.At(t) > 0:
                // As drawn: wrapped to maxWidth, a label shrunk to fit its shape.
                var (shown, size, _) = text.Resolve(content, text.FontSize.At(t), Renderer);
                var block = Measure(shown, size, text.Bold, text.Family);
                var (tx, ty) = m.Map(0, 0);
                return Add(new LayoutShape(ShapeKind.Text, id, Rect.Around(tx, ty, block.Width * m.S, block.Height * m.S), opacity)
                    { Color = text.Color.At(t), Text = content, FontSize = size * m.S, Bold = text.Bold, Host = host, Shrunk = size < text.FontSize.At(t) });
            case CodeLineElement code when code.Runs.Count > 0:
                var line = string.Concat(code.Runs.Select(r => r.Text)).TrimEnd();
                if (line.Length == 0) return null;
                var lead = line.Length - line.TrimStart().Length;
                var (lx, ly) = m.Map(CodeLineElement.MonoWidth(lead, code.FontSize), 0);
                var codeWidth = CodeLineElement.MonoWidth(line.Length - lead, code.FontSize) * m.S;
                var role = code.Runs.First(r => r.Text.Trim().Length > 0).Role;
                return Add(new LayoutShape(ShapeKind.Text, id, new Rect(lx, ly - code.FontSize * 0.6 * m.S, lx + codeWidth, ly + code.FontSize * 0.6 * m.S),
                    opacity * Math.Clamp(code.Opacity.At(t), 0, 1)) { Color = code.ColourOf(role), Text = line.Trim(), FontSize = code.FontSize * m.S });
            case LineElement l when l.Width.At(t) > 0:
                var curve = l.CurveAt(t);
                var points = curve.Samples(24).Select(p => m.Map(p.X, p.Y)).ToList();
                return Add(new LayoutShape(ShapeKind.Line, id, Bounds(points), opacity * Math.Clamp(l.Opacity.At(t), 0, 1)) { Color = l.Color.At(t), Points = points });
            case ArrowElement a:
                var pts = new List<(double, double)> { m.Map(a.X1.At(t), a.Y1.At(t)), m.Map(a.X2.At(t), a.Y2.At(t)) };
                return Add(new LayoutShape(ShapeKind.Line, id, Bounds(pts), opacity * Math.Clamp(a.Opacity.At(t), 0, 1)) { Color = a.Color.At(t), Points = pts });
            case PointerElement p when p.TagCentre(t) is { } centre && p.PlaceAt(t) is { } place:
                var o = opacity * place.HostOpacity;
                var tag = Add(new LayoutShape(ShapeKind.Fill, id, m.Map(Rect.Around(centre.X, centre.Y, p.TagWidth, p.TagHeight)), o) { Color = p.Fill.At(t), Annotation = true });
                var label = Measure(p.Label, p.FontSize, true, "monospace");
                var (px, py) = m.Map(centre.X, centre.Y);
                Add(new LayoutShape(ShapeKind.Text, id, Rect.Around(px, py, label.Width * m.S, label.Height * m.S), o)
                    { Color = p.TextColor.At(t), Text = p.Label, FontSize = p.FontSize * m.S, Bold = true, Host = tag, Annotation = true });
                return null;
            case EdgeLabelElement w:
                var (ex, ey) = w.CentreAt(t);
                var pill = Add(new LayoutShape(ShapeKind.Fill, id, m.Map(Rect.Around(ex, ey, w.PillWidth, w.PillHeight)), opacity) { Color = w.PillColor.At(t), Annotation = true });
                var weight = Measure(w.Text, w.FontSize, true, "monospace");
                var (wx, wy) = m.Map(ex, ey);
                Add(new LayoutShape(ShapeKind.Text, id, Rect.Around(wx, wy, weight.Width * m.S, weight.Height * m.S), opacity)
                    { Color = w.TextColor.At(t), Text = w.Text, FontSize = w.FontSize * m.S, Bold = true, Host = pill, Annotation = true });
                return null;
            default:
                return null;
        }
    }

    private TextRenderer Renderer => text;

    private (double Width, double Height) Measure(string content, double size, bool bold, string family)
    {
        var block = text.Layout(content, size, bold, family);
        // The ink of a line is about one em tall; the layout box adds the 1.2 line height's leading.
        return (block.Width, block.Lines.Count <= 1 ? size : block.Height);
    }

    private static Rect Bounds(IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        return new Rect(list.Min(p => p.X), list.Min(p => p.Y), list.Max(p => p.X), list.Max(p => p.Y));
    }
}
