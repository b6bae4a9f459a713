using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>Reads the inputs of table lessons: words to compare, numbers after a keyword.</summary>
public static partial class DpInput
{
    [System.Text.RegularExpressions.GeneratedRegex("\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase)
        { "dp", "dynamic", "programming", "strings", "string", "words", "word", "between", "vs", "versus", "from", "table", "memo", "memoization", "bottom-up", "top-down", "find" };

    /// <summary>Exactly two words of letters or digits (each 1..<paramref name="max"/> characters), or a seeded default pair.</summary>
    public static (string A, string B) TwoWords(string input, int max, (string, string) fallback, List<string> notes, string what = "strings")
    {
        // Quoted words are the words ("lcs of "dynamic" and "programming"": those two, even where they are also filler words).
        var quoted = Quoted().Matches(input.Replace('“', '"').Replace('”', '"')).Select(m => m.Groups[1].Value).ToList();
        var words = quoted.Count >= 2 ? quoted : PromptTokens.Split(input).Where(t => !PromptTokens.IsFiller(t) && !Skip.Contains(t)).ToList();
        if (words.Count == 0)
        {
            notes.Add($"no strings given: using {fallback.Item1} and {fallback.Item2}");
            return fallback;
        }
        if (words.Count != 2)
            throw new GeneratorInputException(what, $"give exactly two words to compare, e.g. '{fallback.Item1} and {fallback.Item2}' (found {words.Count}: {string.Join(", ", words)})");
        foreach (var w in words)
        {
            if (!w.All(char.IsLetterOrDigit)) throw new GeneratorInputException(what, $"'{w}' has characters other than letters and digits");
            if (w.Length > max) throw new GeneratorInputException(what, $"'{w}' has {w.Length} characters; at most {max} keep the table readable");
        }
        return (words[0], words[1]);
    }
}
