namespace AnimPlatform.Core.Manifest.Lint.Checks;

/// <summary>A finding of a check in one snapshot; <see cref="Key"/> tells repeats of the same problem apart from new ones.</summary>
public sealed record LintFinding(string ObjectId, string Key, string Message);

/// <summary>One layout check, run on every snapshot of a scene.</summary>
public interface ILintCheck
{
    string Name { get; }

    IEnumerable<LintFinding> Find(LayoutSnapshot snapshot);
}

internal static class LintText
{
    public static string Quote(string text) => "\"" + (text.Length > 30 ? text[..30] + "…" : text).Replace("\n", " ") + "\"";

    /// <summary>A size in frame pixels as it would be at 1080p.</summary>
    public static double At1080(double size, LayoutSnapshot s) => size * 1080 / s.Height;

    public static bool Visible(LayoutShape shape) => shape.Opacity >= 0.5;
}
