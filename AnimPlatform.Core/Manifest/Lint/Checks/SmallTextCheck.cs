namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>
/// Text smaller than 14 px at 1080p: unreadable at 720p (not labels shrunk to fit their shape). With an opt-in
/// larger minimum (<see cref="LintOptions.MinTextPx"/>, <c>lint --min-text 18</c>) shrunk labels count too.
/// </summary>
public sealed class SmallTextCheck : ILintCheck
{
    public const double MinPx = 14;

    public string Name => "small-text";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        // A label shrunk to fit its shape is as small as labels get on purpose; text-too-wide reports one that still does not fit.
        var min = s.Options.MinTextPx;
        foreach (var text in s.Shapes.Where(x => x.Kind == ShapeKind.Text && (!x.Shrunk || s.Options.CountsShrunkLabels) && LintText.Visible(x)))
        {
            var size = LintText.At1080(text.FontSize, s);
            if (size >= min - 0.05) continue;
            yield return new LintFinding(text.ObjectId, $"{size:0.0}",
                $"text {LintText.Quote(text.Text)} is {size:0.#} px at 1080p (at least {min:0.#} px reads at 720p)");
        }
    }
}
