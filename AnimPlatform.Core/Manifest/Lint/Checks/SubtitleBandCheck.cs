namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>The burned subtitle band (narrated scenes) covering an object.</summary>
public sealed class SubtitleBandCheck : ILintCheck
{
    public string Name => "subtitle-band";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        if (s.SubtitleBands.Count == 0) yield break;
        foreach (var group in s.Shapes.Where(x => x.Kind != ShapeKind.Line && LintText.Visible(x)).GroupBy(x => x.ObjectId))
        {
            var hit = group.FirstOrDefault(x => s.SubtitleBands.Any(b => b.Intersects(x.Bounds, 1)));
            if (hit is null) continue;
            var band = s.SubtitleBands.First(b => b.Intersects(hit.Bounds, 1));
            yield return new LintFinding(group.Key, "band",
                $"the subtitle band (y {band.Top:0}..{band.Bottom:0}, with narration and burned subtitles) covers it at x {hit.Bounds.CentreX:0}, y {hit.Bounds.CentreY:0}");
        }
    }
}
