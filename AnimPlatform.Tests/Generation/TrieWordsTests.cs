using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Short words are trie data: "a", "to", "in", "do" were skipped as filler, so "prefix tree tea ten to" (one of the
/// generator's own examples) lost "to", and "insert i in inn search in" lost a word and the whole search.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TrieWordsTests
{
    private static readonly TopicMatcher Matcher = new(new GeneratorCatalog());

    [Theory]
    [InlineData("prefix tree tea ten to search te", "insert tea, insert ten, insert to, search te")]
    [InlineData("trie insert a ab abc abcd search ab", "insert a, insert ab, insert abc, insert abcd, search ab")]
    [InlineData("trie insert i in inn search in", "insert i, insert in, insert inn, search in")]
    [InlineData("trie insert do dot on of search to", "insert do, insert dot, insert on, insert of, search to")]
    [InlineData("trie insert cat and car, then search ca", "insert cat, insert car, search ca")]
    [InlineData("trie insert and ant search an", "insert and, insert ant, search an")]
    [InlineData("trie insert the words cat car search for car", "insert cat, insert car, search car")]
    [InlineData("can you show me a trie with cat car", "insert cat, insert car")]
    [InlineData("trie insert tree try search tr", "insert tree, insert try, search tr")]
    [InlineData("trie search cat", "search cat")]
    public void Every_word_the_user_gives_is_read(string prompt, string expected)
    {
        var match = Matcher.Match(prompt);
        Assert.NotNull(match);
        Assert.Equal("trie", match.Generator.Info.Id);
        var notes = new List<string>();
        var ops = TrieGenerator.ReadOperations(match.Input, 1, notes);
        Assert.Equal(expected, string.Join(", ", ops.Select(o => $"{o.Command} {o.Word}")));
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData("what is a trie")]
    [InlineData("how do tries work")]
    [InlineData("show me a prefix tree")]
    public void Prose_alone_gets_the_default_words(string prompt)
    {
        var match = Matcher.Match(prompt)!;
        var notes = new List<string>();
        TrieGenerator.ReadOperations(match.Input, 1, notes);
        Assert.Contains(notes, n => n.StartsWith("no words given", StringComparison.Ordinal));
    }
}
