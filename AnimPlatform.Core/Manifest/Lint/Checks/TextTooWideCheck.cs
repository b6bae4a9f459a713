namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>A label wider than the cell, box or circle it is drawn on — after it has shrunk as far as labels shrink.</summary>
public sealed class TextTooWideCheck : ILintCheck
{
    public string Name => "text-too-wide";

    public IEnumerable<LintFinding> Find(LayoutSnapshot s)
    {
        foreach (var text in s.Shapes)
        {
            if (text is not { Kind: ShapeKind.Text, Host: { } host } || !LintText.Visible(text)) continue;
            double room;
            if (host.Kind == ShapeKind.Circle)
            {
                // The chord of the circle at the text's half height.
                var r = host.Circle.R;
                var half = Math.Min(r, text.Bounds.Height / 2);
                room = 2 * Math.Sqrt(r * r - half * half);
            }
            else room = host.Bounds.Width;
            if (text.Bounds.Width <= room - 2) continue;
            yield return new LintFinding(text.ObjectId, text.Text,
                $"text {LintText.Quote(text.Text)} is {text.Bounds.Width:0} px wide but its {(host.Kind == ShapeKind.Circle ? "circle" : "box")} has {Math.Max(0, room):0} px"
                + (text.Shrunk ? $" (even shrunk to {text.FontSize:0.#} px, the smallest a label is drawn)" : ""));
        }
    }
}
