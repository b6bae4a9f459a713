using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Reads a trie prompt's words and commands ("insert cat car search ca"). Short words such as "a", "to", "in" or "do"
/// are real trie words, so prose is skipped only before the words start ("show me a trie of tea ten to"): once a command
/// or a first word has been read, every word is data except the connectives between operations ("cat and car, then
/// search ca") and a lead-in right after a command ("search for car", "insert the words cat car").
/// </summary>
public static class TrieWords
{
    private static readonly HashSet<string> InsertWords = new(StringComparer.OrdinalIgnoreCase) { "insert", "add", "put", "store" };
    private static readonly HashSet<string> SearchWords = new(StringComparer.OrdinalIgnoreCase) { "search", "find", "lookup", "contains", "has", "query" };

    /// <summary>Words about the topic, skipped before the data starts ("what is a prefix tree").</summary>
    private static readonly HashSet<string> Topic = new(StringComparer.OrdinalIgnoreCase)
        { "what", "trie", "tries", "prefix", "tree", "digital", "radix", "word", "words", "strings", "string", "letters", "then", "also", "it", "works", "insertion" };

    /// <summary>Words that join operations ("cat and car", "then search ca"); a word only right after a command ("insert and").</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "and", "then", "also", "finally", "next" };

    /// <summary>What may stand between a command and its first word ("search for car", "insert the words cat car").</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "word", "words", "string", "strings" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>The operations in the order given; a word before any command is inserted.</summary>
    public static List<(string Command, string Word)> Read(string input)
    {
        var tokens = PromptTokens.Split(input).Select(t => (Raw: t, Lower: t.ToLowerInvariant())).ToList();
        var ops = new List<(string, string)>();
        var mode = "insert";
        var started = false;
        var afterCommand = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var (raw, token) = tokens[k];
            if (InsertWords.Contains(token) || SearchWords.Contains(token))
            {
                mode = InsertWords.Contains(token) ? "insert" : "search";
                started = afterCommand = true;
                continue;
            }
            if (!started && (Topic.Contains(token) || PromptTokens.IsNoise(token))) continue;
            if (started && !afterCommand && Connectives.Contains(token)) continue;
            if (afterCommand && IsLeadIn(tokens, k)) continue;
            if (!token.All(c => c is >= 'a' and <= 'z'))
                throw new GeneratorInputException("words", $"'{raw}' is not a word (use the letters a to z only)");
            if (token.Length > TrieGenerator.MaxWordLength)
                throw new GeneratorInputException("words", $"'{raw}' has {token.Length} letters; use words of at most {TrieGenerator.MaxWordLength} letters so the trie fits on screen");
            ops.Add((mode, token));
            started = true;
            afterCommand = false;
        }
        return ops;
    }

    /// <summary>"for" or "the words" / "a word" right after a command, when a word follows it.</summary>
    private static bool IsLeadIn(List<(string Raw, string Lower)> tokens, int k)
    {
        var token = tokens[k].Lower;
        var hasNext = k + 1 < tokens.Count;
        if (token == "for" && hasNext) return true;
        if (Nouns.Contains(token) && hasNext) return true;
        return Articles.Contains(token) && hasNext && Nouns.Contains(tokens[k + 1].Lower);
    }
}
