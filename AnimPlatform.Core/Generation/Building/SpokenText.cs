using System.Text;
using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// A step caption as a sentence for the voice: the symbols a caption uses on screen ("8 ≥ 2 → stays right",
/// "hi ← mid − 1", "dist[B] = 4 · queue: C D") read as words ("8 is at least 2, so stays right"). A list on screen
/// ("[9999, 8888, …]") is read as its items, a long one as its first ones and its last ("1, 2, and so on, ending with 12"),
/// the way a teacher points at a row of numbers instead of reading every one.
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

    /// <summary>Lists of more items than this are read as their first <see cref="ReadFirst"/> items and their last.</summary>
    public const int ReadInFull = 5;

    public const int ReadFirst = 2;

    public static string Of(string caption)
    {
        // A chain of two or more arrows is a sequence ("3 → 7 → 1 → null", "A → B → C"), not a consequence: "3, then 7, then …".
        var chained = Chain().Replace(caption, m => m.Value.Replace(" → ", ", then "));
        var text = new StringBuilder(chained.Replace('\n', ' '));
        foreach (var (symbol, words) in Symbols) text.Replace(symbol, words);
        var compared = Smallest().Replace(text.ToString(), m => Extreme(m.Groups[1].Value == "min" ? "smaller" : "larger", m.Groups[2].Value)); // min(a, b)
        var listed = List().Replace(compared, m => m.Groups[1].Value + Items(m.Groups[2].Value));
        var spoken = Index2().Replace(listed, m => $"{m.Groups[1].Value} {m.Groups[2].Value}, {m.Groups[3].Value}"); // L[i][j] → "L i, j"
        spoken = Index().Replace(spoken, m => $"{m.Groups[1].Value} {m.Groups[2].Value}"); // a[3] → "a 3"
        spoken = Bare().Replace(spoken, m => $" position {m.Groups[1].Value} "); // [0] → "position 0"
        spoken = Spaces().Replace(spoken, " ").Replace(" ,", ",").Replace(" :", ":").Replace(" .", ".").Trim(' ', ',');
        return spoken;
    }

    /// <summary>The items of a list as said: all of a short one; of a long one the first few, "and so on, ending with" the last.</summary>
    private static string Items(string inside)
    {
        var items = inside.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length <= ReadInFull
            ? string.Join(", ", items)
            : $"{string.Join(", ", items.Take(ReadFirst))}, and so on, ending with {items[^1]}";
    }

    /// <summary>min(a, b) as "the smaller of a and b"; of three or more, "the smallest of a, b and c" (max: larger, largest).</summary>
    private static string Extreme(string comparative, string inside)
    {
        var items = inside.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < 2) return $"the {comparative} {inside.Trim()}";
        var superlative = comparative == "smaller" ? "smallest" : "largest";
        return items.Length == 2
            ? $"the {comparative} of {items[0]} and {items[1]}"
            : $"the {superlative} of {string.Join(", ", items[..^1])} and {items[^1]}";
    }

    /// <summary>Three or more single words joined by " → " (a list, a path, a visit order).</summary>
    [GeneratedRegex(@"[^\s→]+(?: → [^\s→]+){2,}", RegexOptions.NonBacktracking)]
    private static partial Regex Chain();

    /// <summary>min(…) or max(…) with no parentheses inside.</summary>
    [GeneratedRegex(@"\b(min|max)\(([^()]*)\)", RegexOptions.NonBacktracking)]
    private static partial Regex Smallest();

    /// <summary>A table cell: a name and two indices, L[i][j].</summary>
    [GeneratedRegex(@"(\w+)\[([^\]\[]*)\]\[([^\]\[]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex Index2();

    /// <summary>A bracketed list of at least two items, not an index (no word right before the bracket).</summary>
    [GeneratedRegex(@"(^|[^\w\]])\[([^\],\[]*,[^\]\[]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex List();

    [GeneratedRegex(@"(\w+)\[([^\]]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex Index();

    [GeneratedRegex(@"\[([^\]]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex Bare();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();
}
