using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>Reads the inputs of table lessons: words to compare, numbers after a keyword.</summary>
public static class DpInput
{
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase)
        { "dp", "dynamic", "programming", "strings", "string", "words", "word", "between", "vs", "versus", "from", "table", "memo", "memoization", "bottom-up", "top-down" };

    /// <summary>Exactly two words of letters or digits (each 1..<paramref name="max"/> characters), or a seeded default pair.</summary>
    public static (string A, string B) TwoWords(string input, int max, (string, string) fallback, List<string> notes, string what = "strings")
    {
        var words = PromptTokens.Split(input).Where(t => !PromptTokens.IsFiller(t) && !Skip.Contains(t)).ToList();
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
