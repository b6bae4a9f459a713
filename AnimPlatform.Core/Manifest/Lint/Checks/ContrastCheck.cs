using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>Text colour against what is under it below WCAG 2 contrast: 4.5:1, or 3:1 for bold text over 24 px (at 1080p).</summary>
public sealed class ContrastCheck : ILintCheck
{
    public string Name => "contrast";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        foreach (var text in s.Shapes.Where(x => x.Kind == ShapeKind.Text && LintText.Visible(x)))
        {
            var under = s.ColourUnder(text.Bounds.CentreX, text.Bounds.CentreY, text);
            var ink = Contrast.Over(text.Color with { A = text.Color.A * text.Opacity }, under);
            var large = text.Bold && LintText.At1080(text.FontSize, s) > 24;
            var needed = large ? 3.0 : 4.5;
            var ratio = Contrast.Ratio(ink, under);
            if (ratio >= needed) continue;
            yield return new LintFinding(text.ObjectId, text.Text,
                $"text {LintText.Quote(text.Text)} has contrast {ratio:0.0}:1 on its background (needs {needed:0.0}:1)");
        }
    }
}
