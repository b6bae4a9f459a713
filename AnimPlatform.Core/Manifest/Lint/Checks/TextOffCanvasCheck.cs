namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>Text (and boxes, nodes) outside the canvas or cut by its edge — often after a zoom or pan.</summary>
public sealed class TextOffCanvasCheck : ILintCheck
{
    public string Name => "off-canvas";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        var canvas = new Rect(0, 0, s.Width, s.Height);
        foreach (var shape in s.Shapes)
        {
            if (shape.Kind == ShapeKind.Line || !LintText.Visible(shape)) continue;
            var b = shape.Bounds;
            var inside = b.Left >= -1 && b.Top >= -1 && b.Right <= s.Width + 1 && b.Bottom <= s.Height + 1;
            if (inside) continue;
            var what = shape.Kind == ShapeKind.Text ? $"text {LintText.Quote(shape.Text)}" : shape.Kind == ShapeKind.Circle ? "a node" : "a box";
            var outside = !b.Intersects(canvas);
            yield return new LintFinding(shape.ObjectId, shape.Kind == ShapeKind.Text ? "text" : "shape",
                $"{what} is {(outside ? "outside the canvas" : "cut by the canvas edge")} (x {b.Left:0}..{b.Right:0}, y {b.Top:0}..{b.Bottom:0} of {s.Width:0}×{s.Height:0})");
        }
    }
}
