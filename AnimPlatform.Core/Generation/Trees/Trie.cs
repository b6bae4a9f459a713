namespace AnimPlatform.Core.Generation.Trees;

public enum TrieOutcome { Inserted, AlreadyThere, Found, PrefixOnly, Missing }

/// <summary>
/// What one trie operation did: the prefixes whose nodes it visited (root = ""), the prefixes it created
/// (insert), how it ended, and for a failed search the letter that had no child.
/// </summary>
public sealed record TrieStep(string Command, string Word, IReadOnlyList<string> Visited, IReadOnlyList<string> Created, TrieOutcome Outcome);

/// <summary>A real trie of lower-case words: one node per prefix, children by letter, a flag for "a word ends here".</summary>
public sealed class Trie
{
    private sealed class Node
    {
        public SortedDictionary<char, Node> Children { get; } = [];
        public bool IsEnd { get; set; }
    }

    private readonly Node _root = new();
    public int NodeCount { get; private set; } = 1;

    public TrieStep Insert(string word)
    {
        var node = _root;
        var visited = new List<string> { "" };
        var created = new List<string>();
        for (var i = 0; i < word.Length; i++)
        {
            if (!node.Children.TryGetValue(word[i], out var next))
            {
                next = new Node();
                node.Children[word[i]] = next;
                NodeCount++;
                created.Add(word[..(i + 1)]);
            }
            node = next;
            visited.Add(word[..(i + 1)]);
        }
        var already = node.IsEnd;
        node.IsEnd = true;
        return new TrieStep("insert", word, visited, created, already ? TrieOutcome.AlreadyThere : TrieOutcome.Inserted);
    }

    public TrieStep Search(string word)
    {
        var node = _root;
        var visited = new List<string> { "" };
        for (var i = 0; i < word.Length; i++)
        {
            if (!node.Children.TryGetValue(word[i], out var next)) return new TrieStep("search", word, visited, [], TrieOutcome.Missing);
            node = next;
            visited.Add(word[..(i + 1)]);
        }
        return new TrieStep("search", word, visited, [], node.IsEnd ? TrieOutcome.Found : TrieOutcome.PrefixOnly);
    }

    /// <summary>Every prefix in the trie (root "" first, then depth-first in letter order) and whether a word ends there.</summary>
    public List<(string Prefix, bool IsEnd)> Prefixes()
    {
        var result = new List<(string, bool)>();
        void Walk(Node n, string prefix)
        {
            result.Add((prefix, n.IsEnd));
            foreach (var (c, child) in n.Children) Walk(child, prefix + c);
        }
        Walk(_root, "");
        return result;
    }

    /// <summary>The words stored, in alphabetical order.</summary>
    public List<string> Words() => Prefixes().Where(p => p.IsEnd).Select(p => p.Prefix).ToList();
}
