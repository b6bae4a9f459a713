using AnimPlatform.Core.Manifest.Lint.Checks;

namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>
/// Opt-in strictness of the layout checks. The default is the general rule (text under 14 px at 1080p, labels
/// shrunk to fit their shape exempt); <see cref="Lesson"/> is the classroom rule the built-in lessons meet
/// (<c>lint --min-text 18</c>): every visible text at least 18 px at 1080p, shrunk labels included.
/// </summary>
public sealed record LintOptions
{
    public static LintOptions Default { get; } = new();

    /// <summary>The lesson rule: 18 px at 1080p (what reads from the back of a classroom at 720p).</summary>
    public static LintOptions Lesson { get; } = new() { MinTextPx = 18 };

    /// <summary>Smallest text size at 1080p that small-text accepts.</summary>
    public double MinTextPx { get; init; } = SmallTextCheck.MinPx;

    /// <summary>Above the general 14 px, a label shrunk to fit its shape is held to the minimum too.</summary>
    public bool CountsShrunkLabels => MinTextPx > SmallTextCheck.MinPx;
}
