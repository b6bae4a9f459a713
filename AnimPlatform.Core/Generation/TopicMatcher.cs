using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation;

/// <summary>
/// Picks a generator from free text. The prompt's words are first rewritten by <see cref="TopicSynonyms"/>
/// ("heapsort" → "heap sort"); then aliases are matched as whole words (case-insensitive), also written
/// without spaces ("quicksort"); the alias with the most words wins ("topological sort" over "sort"), then
/// the earliest. Failing that, a single word one typo away from a long alias ("dijsktra") matches. The
/// matched words are removed and the rest is the input.
/// </summary>
public sealed class TopicMatcher(GeneratorCatalog catalog)
{
    public TopicMatch? Match(string? prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt)) return null;
        var tokens = Rewrite(prompt);
        var normal = tokens.Select(Normalize).ToList();
        (IShowGenerator Generator, string Alias, int Start, int Length, int Words, bool Exact)? best = null;
        foreach (var generator in catalog.Generators)
        {
            foreach (var alias in generator.Info.Aliases)
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var glued = string.Concat(words);
                for (var i = 0; i < normal.Count; i++)
                {
                    int length;
                    var exact = true;
                    if (i + words.Length <= normal.Count && words.Select((w, k) => normal[i + k] == w).All(x => x)) length = words.Length;
                    else if (words.Length > 1 && (normal[i] == glued || normal[i] == string.Join('-', words))) length = 1;
                    else if (words.Length > 1 && i + words.Length <= normal.Count && words.Select((w, k) => Near(normal[i + k], w, AliasWords)).All(x => x))
                    {
                        // A typo in a multi-word alias ("quik sort") still beats a shorter exact alias ("sort").
                        length = words.Length;
                        exact = false;
                    }
                    else continue;
                    var better = best is null
                        || words.Length > best.Value.Words
                        || (words.Length == best.Value.Words && exact && !best.Value.Exact)
                        || (words.Length == best.Value.Words && exact == best.Value.Exact && i < best.Value.Start);
                    if (better) best = (generator, alias, i, length, words.Length, exact);
                    break;
                }
            }
        }
        best ??= Typo(normal);
        if (best is not { } b) return null;
        if (QualifiesUnknownTopic(normal, b.Alias, b.Start)) return null;
        if (b.Generator.Info.TopicWordsAreInput) return new TopicMatch(b.Generator, b.Alias, string.Join(' ', tokens));
        var kept = TrailingOperation(b.Generator, b.Alias) is { } operation ? [tokens[b.Start + b.Length - 1]] : Array.Empty<string>();
        var rest = tokens.Take(b.Start).Concat(kept).Concat(tokens.Skip(b.Start + b.Length)).ToList();
        return new TopicMatch(b.Generator, b.Alias, string.Join(' ', WithoutOtherNames(rest, b.Generator)));
    }

    /// <summary>
    /// The operation word that ends a name made of another of the generator's names and that word ("trie search", "heap
    /// insert"): it is input, so "trie search cat" searches and "trie insert a ab" inserts "a". Null for names in which the
    /// word is part of the topic's name ("binary search", "union find", "breadth first search"): only a data structure's
    /// input is operations on it.
    /// </summary>
    private static string? TrailingOperation(IShowGenerator generator, string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !CommandWords.Contains(words[^1]) || !StructureCategories.Contains(generator.Info.Category)) return null;
        var name = string.Join(' ', words[..^1]);
        return generator.Info.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase) ? words[^1] : null;
    }

    /// <summary>
    /// The input without further names of the same topic ("prims mst", "floyd warshall all pairs shortest path",
    /// "two pointers pair sum 10 in …"): every other whole-word occurrence of one of its aliases, longest first,
    /// except aliases with an operation word in them, which are input ("trie insert cat trie search ca").
    /// </summary>
    private static List<string> WithoutOtherNames(List<string> tokens, IShowGenerator generator)
    {
        foreach (var words in generator.Info.Aliases.Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                     .Where(w => !w.Any(CommandWords.Contains)).OrderByDescending(w => w.Length))
            for (var i = 0; i + words.Length <= tokens.Count; i++)
                if (words.Select((w, k) => Normalize(tokens[i + k]) == w).All(x => x))
                {
                    tokens.RemoveRange(i, words.Length);
                    i--;
                }
        return tokens;
    }

    /// <summary>
    /// A family word that is an alias by itself ("sort" picks a default sort) after a word no topic knows: "shell sort",
    /// "cocktail sort" name a topic that is not here, so nothing matches (and the closest topics of that family are offered)
    /// rather than a different sort reading "shell" as its input.
    /// </summary>
    private bool QualifiesUnknownTopic(List<string> normal, string alias, int start)
    {
        if (alias.Contains(' ') || !PromptTokens.IsFiller(alias) || start == 0) return false;
        var before = normal[start - 1];
        return PromptTokens.IsWord(before) && !PromptTokens.IsNoise(before)
            && !catalog.Generators.Any(g => g.Info.Aliases.Any(a => a.Split(' ').Contains(before)));
    }

    /// <summary>A single word within one edit (two for 8+ letters) of a glued alias of at least 6 letters.</summary>
    private (IShowGenerator, string, int, int, int, bool)? Typo(List<string> normal)
    {
        for (var i = 0; i < normal.Count; i++)
        {
            var word = normal[i];
            if (word.Length < 6 || PromptTokens.IsNoise(word)) continue;
            foreach (var generator in catalog.Generators)
                foreach (var alias in generator.Info.Aliases)
                {
                    var glued = alias.Replace(" ", "");
                    if (glued.Length < 6) continue;
                    var allowed = glued.Length >= 8 ? 2 : 1;
                    if (EditDistance.Between(word, glued) <= allowed) return (generator, alias, i, 1, 1, false);
                }
        }
        return null;
    }

    /// <summary>Every word of every alias: a word that is one of them is meant as itself, never as a typo of another ("tree" is not "trie").</summary>
    private HashSet<string> AliasWords => _aliasWords ??= catalog.Generators.SelectMany(g => g.Info.Aliases).SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _aliasWords;

    /// <summary>Equal, or one edit apart for words of 4+ letters (two for 8+), never for numbers nor for a word that is itself an alias word.</summary>
    private static bool Near(string word, string aliasWord, HashSet<string> aliasWords)
    {
        if (word == aliasWord) return true;
        if (word.Length < 4 || aliasWord.Length < 4 || word.Any(char.IsDigit) || aliasWords.Contains(word)) return false;
        return EditDistance.Between(word, aliasWord) <= (aliasWord.Length >= 8 ? 2 : 1);
    }

    /// <summary>
    /// The topics closest to a prompt nothing matched: for each generator the smallest edit distance between
    /// any prompt word and any alias word (or glued alias), relative to the word's length, then the number of prompt
    /// words its example prompts use; best first.
    /// </summary>
    public IReadOnlyList<GeneratorInfo> Closest(string prompt, int count = 3)
    {
        var words = Rewrite(prompt).Select(Normalize).Where(w => w.Length >= 3 && !PromptTokens.IsNoise(w) && !int.TryParse(w, out _)).ToList();
        if (words.Count == 0) return catalog.Topics.Take(count).ToList();
        // Family words ("sort", "search", "traversal") rank the topics of that family first: "shell sort" offers sorts.
        var family = Rewrite(prompt).Select(Normalize).Where(FamilyWords.Contains).ToHashSet();
        return catalog.Generators
            .Select(g => (g.Info, Family: g.Info.Aliases.Any(a => a.Split(' ').Any(family.Contains)), Score: g.Info.Aliases
                .SelectMany(a => a.Split(' ').Append(a.Replace(" ", "")))
                .Where(a => a.Length >= 3)
                .SelectMany(a => words.Select(w => (double)EditDistance.Between(w, a) / Math.Max(w.Length, a.Length)))
                .DefaultIfEmpty(1).Min(),
                // Among equally close topics, those whose example prompts use more of the words ("tree insert" → the trees that insert).
                Shared: words.Count(w => g.Info.Examples.Any(e => e.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)))))
            .OrderByDescending(x => x.Family)
            .ThenBy(x => x.Score)
            .ThenByDescending(x => x.Shared)
            .Take(count)
            .Select(x => x.Info)
            .ToList();
    }

    /// <summary>Operation words: an alias holding one ("trie search", "heap insert") is input when it comes again.</summary>
    private static readonly HashSet<string> CommandWords =
        ["insert", "search", "delete", "find", "push", "pop", "enqueue", "dequeue", "extract", "add", "remove", "lookup"];

    /// <summary>Categories whose generators read operations on a structure ("insert 5 search 3").</summary>
    private static readonly HashSet<string> StructureCategories = ["Trees", "Data structures"];

    /// <summary>Words that name a family of topics.</summary>
    private static readonly HashSet<string> FamilyWords =
        ["sort", "sorting", "search", "searching", "traversal", "traversals", "tree", "trees", "graph", "graphs", "path", "paths", "heap", "queue", "list"];

    private static readonly System.Text.RegularExpressions.Regex SizedQueens = new(@"^(\d{1,2})-queens?$", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    private static List<string> Rewrite(string prompt)
    {
        var result = new List<string>();
        // "fib(8)", "lcs(ABC, BDC)": brackets glued to a word separate it from its input.
        foreach (var token in prompt.Replace("(", " ( ").Replace(")", " ) ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(t => t is not ("(" or ")")))
        {
            if (TopicSynonyms.Rewrites.TryGetValue(Normalize(token), out var replacement)) result.AddRange(replacement.Split(' '));
            else if (SizedQueens.Match(Normalize(token)) is { Success: true } queens) result.AddRange(["n", "queens", queens.Groups[1].Value]); // "4-queens": n = 4
            else result.Add(token);
        }
        return result;
    }

    /// <summary>Lower case, with surrounding punctuation removed; inner hyphens and apostrophes stay.</summary>
    private static string Normalize(string token) =>
        token.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']').ToLowerInvariant().Replace('’', '\'');
}
