using System.Globalization;
using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Generation.Input;

/// <summary>Splits prompt text into tokens and reads numbers, skipping the filler words people type.</summary>
public static partial class PromptTokens
{
    /// <summary>Words that carry no input ("show me quick sort on the numbers 5 2 9").</summary>
    public static readonly IReadOnlySet<string> Filler = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "on", "of", "for", "with", "using", "use", "to", "and", "in", "into", "numbers", "number",
        "values", "value", "array", "list", "input", "data", "elements", "items", "keys", "show", "me", "explain",
        "visualize", "visualise", "animate", "animation", "video", "how", "works", "work", "does", "do", "please", "algorithm",
        "demo", "example", "run", "is", "are", "an", "then", "make", "create", "about", "lesson", "tutorial", "step",
        "by", "steps", "walkthrough", "=", ":", "->", "sort", "sorting", "search", "searching", "traversal", "operations",
    };

    /// <summary>
    /// Prose around the topic ("what is a binary search tree", "can you show me how these numbers get sorted"). Skipped
    /// by readers of numbers, commands and edges; not by readers of words (a trie's or an LCS's words are data).
    /// </summary>
    public static readonly IReadOnlySet<string> Prose = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "what", "what's", "whats", "which", "why", "when", "this", "these", "those", "that", "it", "its", "following", "given",
        "here", "my", "our", "i", "we", "you", "can", "could", "would", "should", "will", "tell", "teach", "help", "understand",
        "learn", "visual", "visually", "illustrate", "demonstrate", "display", "draw", "watch", "see", "want", "like", "some",
        "give", "let's", "lets", "us", "simple", "basic", "overview", "intro", "introduction", "concept", "idea",
        "happens", "used", "get", "gets", "sorted", "via", "need", "needs", "short", "nice", "good", "structure", "structures",
        "solve", "compute", "calculate", "up", "until", "upto",
    };

    [GeneratedRegex(@"[\s,;]+", RegexOptions.NonBacktracking)]
    private static partial Regex Separators();

    /// <summary>Tokens split at whitespace, commas and semicolons, with surrounding brackets and full stops removed.</summary>
    public static List<string> Split(string text) =>
        Separators().Split(text ?? "")
            .Select(t => t.Trim('[', ']', '(', ')', '{', '}', '"', '\'', '.', '!', '?', ':'))
            .Where(t => t.Length > 0)
            .ToList();

    public static bool IsFiller(string token) => Filler.Contains(token);

    /// <summary>A filler word or prose: nothing a reader of numbers, commands or edges needs.</summary>
    public static bool IsNoise(string token) => Filler.Contains(token) || Prose.Contains(token);

    /// <summary>Reads an integer token; false when it is not one.</summary>
    public static bool TryInt(string token, out int value) =>
        int.TryParse(token.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A number that is not a whole number ("5.5") gets its own message.</summary>
    public static string NotANumber(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"'{token}' is not a whole number (use integers like 5 or -3)"
            : $"'{token}' is not a number";

    /// <summary>
    /// The error for a token the reader does not understand (<paramref name="message"/>; by default "not a number"): a word
    /// (letters only) is an unread word, so a prompt made only of such words falls back to the default input; anything else ("5.5", "x1") is a plain error.
    /// </summary>
    public static GeneratorInputException Unread(string what, string token, string? message = null) =>
        IsWord(token) ? GeneratorInputException.Unread(what, token, message ?? NotANumber(token)) : new GeneratorInputException(what, message ?? NotANumber(token));

    /// <summary>Letters (and apostrophes) only: prose, not data.</summary>
    public static bool IsWord(string token) => token.Length > 0 && token.All(c => char.IsLetter(c) || c is '\'' or '’');

    /// <summary>The input holds no data at all, only words ("with negative edges", "of a dag").</summary>
    public static bool IsOnlyWords(string input) => Split(input).All(IsWord);

    /// <summary>Checks that a value fits in a cell (at most four digits).</summary>
    public static int CheckRange(int value, string what = "numbers")
    {
        if (Math.Abs(value) > 9999)
            throw new GeneratorInputException(what, $"{value} is too large to display; use numbers between -9999 and 9999");
        return value;
    }

    /// <summary>
    /// Every number of the input, in order; filler words are skipped and any other word is an error.
    /// </summary>
    public static List<int> Numbers(string input, string what = "numbers")
    {
        var result = new List<int>();
        foreach (var token in Split(input))
        {
            if (TryInt(token, out var v)) result.Add(CheckRange(v, what));
            else if (!IsNoise(token)) throw Unread(what, token);
        }
        return result;
    }

    /// <summary>Keeps the first <paramref name="max"/> values and notes the cut.</summary>
    public static List<int> Cap(List<int> values, int max, List<string> notes, string what = "numbers")
    {
        if (values.Count <= max) return values;
        notes.Add($"only the first {max} {what} are used (you gave {values.Count}) so the video stays readable");
        return values.Take(max).ToList();
    }

    /// <summary>Distinct random values in [min, max], deterministic for a seed.</summary>
    public static List<int> RandomValues(int seed, int count, int min = 1, int max = 99)
    {
        var random = new Random(seed);
        var set = new List<int>();
        while (set.Count < count)
        {
            var v = random.Next(min, max + 1);
            if (!set.Contains(v)) set.Add(v);
        }
        return set;
    }
}
