using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation;

/// <summary>
/// Picks a generator from free text by its aliases, matched as whole words (case-insensitive); the
/// alias with the most words wins ("binary search tree" over "binary search"), then the earliest. The matched words are removed and the rest is the input.
/// </summary>
public sealed class TopicMatcher(GeneratorCatalog catalog)
{
    public TopicMatch? Match(string? prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt)) return null;
        var tokens = prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var normal = tokens.Select(Normalize).ToList();
        (IShowGenerator Generator, string Alias, int Start, int Length)? best = null;
        foreach (var generator in catalog.Generators)
        {
            foreach (var alias in generator.Info.Aliases)
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + words.Length <= normal.Count; i++)
                {
                    if (!words.Select((w, k) => normal[i + k] == w).All(x => x)) continue;
                    var better = best is null
                        || words.Length > best.Value.Length
                        || (words.Length == best.Value.Length && i < best.Value.Start);
                    if (better) best = (generator, alias, i, words.Length);
                    break;
                }
            }
        }
        if (best is not { } b) return null;
        var rest = tokens.Take(b.Start).Concat(tokens.Skip(b.Start + b.Length));
        return new TopicMatch(b.Generator, b.Alias, string.Join(' ', rest));
    }

    /// <summary>Lower case, with surrounding punctuation removed; inner hyphens and apostrophes stay.</summary>
    private static string Normalize(string token) =>
        token.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']').ToLowerInvariant().Replace('’', '\'');

    /// <summary>Whether the prompt carries input besides filler words (used to tell "explain X" from "X on 5 2 9").</summary>
    public static bool HasInput(string input) => PromptTokens.Split(input).Any(t => !PromptTokens.IsFiller(t));
}
