using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Trie (prefix tree) insert and search on a real trie. Each node is one letter; a word is the path from
/// the root, and a purple ring marks the nodes where a word ends. Nodes keep their place in the final
/// trie's layout, so an insert only adds: the new node grows out of its parent (a cut to the next version
/// of the graph, taken while the two look the same, then the node slides down).
/// </summary>
public sealed class TrieGenerator : IShowGenerator
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 7;
    public const int MaxNodes = 32;

    public GeneratorInfo Info { get; } = new("trie", "Trie (Prefix Tree)", "Trees",
        ["trie", "prefix tree", "digital tree", "trie insert", "trie search", "radix trie"],
        ["trie insert cat car cart dog search car search ca", "what is a trie", "prefix tree tea ten to search te"],
        "words of letters to insert and search, e.g. 'insert cat car dog search car' (words alone are inserted)");

    public sealed record Trace(IReadOnlyList<(string Command, string Word)> Operations, IReadOnlyList<TrieStep> Steps, IReadOnlyList<string> FinalWords, int NodeCount);

    public static Trace Run(IReadOnlyList<(string Command, string Word)> ops)
    {
        var trie = new Trie();
        var steps = ops.Select(o => o.Command == "insert" ? trie.Insert(o.Word) : trie.Search(o.Word)).ToList();
        return new Trace(ops, steps, trie.Words(), trie.NodeCount);
    }

    private static readonly string[] Pool = ["car", "cart", "care", "cat", "do", "dog", "dot", "tea", "ten", "to", "tree", "try"];

    /// <summary>Reads insert/search words ("insert cat car search ca", see <see cref="TrieWords"/>); with none, a seeded default.</summary>
    public static List<(string Command, string Word)> ReadOperations(string input, int seed, List<string> notes)
    {
        var ops = TrieWords.Read(input);
        if (ops.Count == 0)
        {
            var random = new Random(seed);
            var words = Pool.OrderBy(_ => random.Next()).Take(5).ToList();
            ops = words.Select(w => ("insert", w)).ToList();
            ops.Add(("search", words[random.Next(words.Count)]));
            var prefix = words.Select(w => w[..Math.Max(1, w.Length - 1)]).FirstOrDefault(p => !words.Contains(p)) ?? "z";
            ops.Add(("search", prefix));
            notes.Add($"no words given: using {string.Join(", ", ops.Select(o => $"{o.Item1} {o.Item2}"))} (seed {seed})");
        }
        if (ops.Count > InputCaps.MaxOperations)
            throw new GeneratorInputException("words", $"{ops.Count} operations are too many for one video; use at most {InputCaps.MaxOperations}");
        var inserted = ops.Where(o => o.Item1 == "insert").Select(o => o.Item2).Distinct().Count();
        if (inserted > MaxWords)
            throw new GeneratorInputException("words", $"{inserted} words are too many for one trie; insert at most {MaxWords}");
        var check = Run(ops);
        if (check.NodeCount > MaxNodes)
            throw new GeneratorInputException("words", $"the trie would have {check.NodeCount} nodes; use fewer or shorter words (at most {MaxNodes} nodes) so it stays readable");
        return ops;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var ops = ReadOperations(input, seed, notes);
        var trace = Run(ops);
        var opsText = string.Join(", ", ops.Select(o => $"{o.Command} {o.Word}"));
        var inserts = ops.Where(o => o.Command == "insert").Select(o => o.Word).Distinct().ToList();
        var letters = inserts.Sum(w => w.Length);
        var result = inserts.Count == 0 ? "the trie stayed empty"
            : $"{Fmt.Count(inserts.Count, "word")} with {letters} letters share {trace.NodeCount - 1} letter nodes";
        var text = new LessonText("One node per prefix: words that start alike share a path",
            "Each edge adds one letter; a marked node means a word ends there",
            "A trie stores words letter by letter. Words that start with the same letters share the same path from the root, and a mark on a node says that a word ends there.",
            ["Insert follows the word's letters and creates the missing nodes",
             "Search follows the letters: a missing child means no word; the end needs a word mark",
             "A prefix is found even when no word ends there"],
            ["Insert and search: O(L) for a word of L letters", "Space: one node per distinct prefix"],
            "A trie finds a word in time proportional to its length, whatever the number of words, and shares common prefixes.",
            "a word is a path from the root; words with the same start share their nodes");
        return LessonShow.Build(Info, text, "Operations: " + opsText, "Trie", Narrate(trace),
            [("visiting", "compare"), ("new node / found", "found"), ("not there", "swap"), ("word ends (ring)", "pivot")],
            PseudocodeTables.Trie, (s, panels) => new TrieScene(s, trace, panels).Play(), result, opsText, notes, trace,
            vars: [("word", "–"), ("i, c", "–"), ("node", "root"), ("created", "0"), ("found", "–")]);
    }

    private static string Narrate(Trace t)
    {
        var parts = t.Steps.Select(s => s.Outcome switch
        {
            TrieOutcome.Inserted => $"insert {s.Word}" + (s.Created.Count == 0 ? ", which only adds a word mark" : $", adding {Fmt.Count(s.Created.Count, "node")}"),
            TrieOutcome.AlreadyThere => $"{s.Word} is already stored",
            TrieOutcome.Found => $"search {s.Word}: found",
            TrieOutcome.PrefixOnly => $"search {s.Word}: only a prefix",
            _ => $"search {s.Word}: not there",
        });
        return "We " + OperationSummary.Of(parts.ToList(), t.Steps.Select(s => s.Command).ToList(), "; ") + ". Words with the same first letters share one path from the root.";
    }
}
