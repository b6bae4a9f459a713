namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>An edge (or arrow) passing through a node that is not one of its ends.</summary>
public sealed class EdgeThroughNodeCheck : ILintCheck
{
    public string Name => "edge-through-node";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        var circles = s.Shapes.Where(x => x.Kind == ShapeKind.Circle && LintText.Visible(x)).ToList();
        foreach (var line in s.Shapes.Where(x => x.Kind == ShapeKind.Line && x.Points.Count >= 2 && LintText.Visible(x)))
        {
            var (ax, ay) = line.Points[0];
            var (bx, by) = line.Points[^1];
            foreach (var c in circles.Where(c => c.ObjectId == line.ObjectId))
            {
                var (cx, cy, r) = c.Circle;
                if (Inside(ax, ay, c) || Inside(bx, by, c)) continue; // one of its ends
                var d = Distance(line.Points, cx, cy);
                if (d >= r - 1) continue;
                var label = s.Shapes.FirstOrDefault(t => t.Kind == ShapeKind.Text && ReferenceEquals(t.Host, c))?.Text ?? $"at ({cx:0}, {cy:0})";
                yield return new LintFinding(line.ObjectId, $"{label}|{ax:0},{ay:0}|{bx:0},{by:0}",
                    $"the edge from ({ax:0}, {ay:0}) to ({bx:0}, {by:0}) passes through node {LintText.Quote(label)}, which is not one of its ends");
            }
        }
    }

    private static bool Inside(double x, double y, LayoutShape c) =>
        (x - c.Circle.X) * (x - c.Circle.X) + (y - c.Circle.Y) * (y - c.Circle.Y) <= (c.Circle.R + 1) * (c.Circle.R + 1);

    private static double Distance(IReadOnlyList<(double X, double Y)> points, double x, double y)
    {
        var best = double.MaxValue;
        for (var i = 1; i < points.Count; i++)
        {
            var (ax, ay) = points[i - 1];
            var (bx, by) = points[i];
            double dx = bx - ax, dy = by - ay;
            var len2 = dx * dx + dy * dy;
            var u = len2 < 1e-9 ? 0 : Math.Clamp(((x - ax) * dx + (y - ay) * dy) / len2, 0, 1);
            double px = ax + u * dx - x, py = ay + u * dy - y;
            best = Math.Min(best, Math.Sqrt(px * px + py * py));
        }
        return best;
    }
}
