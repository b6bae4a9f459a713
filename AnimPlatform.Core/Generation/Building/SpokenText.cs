using System.Text;
using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// A step caption as a sentence for the voice: the symbols a caption uses on screen ("8 ≥ 2 → stays right",
/// "hi ← mid − 1", "dist[B] = 4 · queue: C D") read as words ("8 is at least 2, so stays right").
/// </summary>
public static partial class SpokenText
{
    private static readonly (string Symbol, string Words)[] Symbols =
    [
        ("≥", " is at least "), ("≤", " is at most "), ("≠", " is not "), ("→", ", so "), ("⇒", ", so "),
        ("←", " becomes "), ("–", " to "), ("−", " minus "), ("×", " times "), ("∞", " infinity "), ("·", ", "), ("…", " "),
        ("<", " is less than "), (">", " is greater than "), ("==", " equals "), ("=", " is "), ("+", " plus "),
        ("✓", " "), ("✗", " "), ("●", " "), ("|", ", "), ("_", " "),
    ];

    public static string Of(string caption)
    {
        var text = new StringBuilder(caption.Replace('\n', ' '));
        foreach (var (symbol, words) in Symbols) text.Replace(symbol, words);
        var spoken = Index().Replace(text.ToString(), m => $"{m.Groups[1].Value} {m.Groups[2].Value}"); // a[3] → "a 3"
        spoken = Bare().Replace(spoken, m => $" position {m.Groups[1].Value} "); // [0] → "position 0"
        spoken = Spaces().Replace(spoken, " ").Replace(" ,", ",").Replace(" :", ":").Replace(" .", ".").Trim(' ', ',');
        return spoken;
    }

    [GeneratedRegex(@"(\w+)\[([^\]]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex Index();

    [GeneratedRegex(@"\[([^\]]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex Bare();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();
}
