namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>Two objects drawn over each other (any of their boxes, nodes or texts intersect).</summary>
public sealed class OverlapCheck : ILintCheck
{
    public string Name => "overlap";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        var byObject = s.Shapes.Where(x => x.Kind != ShapeKind.Line && LintText.Visible(x)).GroupBy(x => x.ObjectId).ToList();
        for (var i = 0; i < byObject.Count; i++)
        for (var j = i + 1; j < byObject.Count; j++)
        {
            var hit = (from a in byObject[i] from b in byObject[j] where a.Bounds.Intersects(b.Bounds, 1) select (a, b)).FirstOrDefault();
            if (hit.a is null) continue;
            var other = byObject[j].Key;
            yield return new LintFinding(byObject[i].Key, other,
                $"overlaps {s.PathOf(other)} (\"{other}\") around x {hit.a.Bounds.CentreX:0}, y {hit.a.Bounds.CentreY:0}");
        }
    }
}
