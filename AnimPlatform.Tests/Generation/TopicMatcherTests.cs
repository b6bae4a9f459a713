using AnimPlatform.Core.Generation;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class TopicMatcherTests
{
    private static readonly TopicMatcher Matcher = new(new GeneratorCatalog());

    [Theory]
    [InlineData("quick sort 5 2 9 1", "quick-sort", "5 2 9 1")]
    [InlineData("Show me QuickSort on [5, 2, 9]", "quick-sort", "Show me on [5, 2, 9]")]
    [InlineData("bfs from A on A-B A-C B-D", "bfs", "from A on A-B A-C B-D")]
    [InlineData("Breadth-first search from A on A-B", "bfs", "from A on A-B")]
    [InlineData("binary search tree insert 5 3", "bst", "insert 5 3")]
    [InlineData("binary search 7 in 1 3 7", "binary-search", "7 in 1 3 7")]
    [InlineData("priority queue insert 4 1", "binary-heap", "insert 4 1")]
    [InlineData("queue enqueue 1", "queue", "enqueue 1")]
    [InlineData("bfs using a queue", "bfs", "using a queue")]
    [InlineData("explain dijkstra's algorithm", "dijkstra", "explain")]
    [InlineData("linked list 3 7 1", "linked-list", "3 7 1")]
    [InlineData("hash table with chaining 1 2 3", "hash-table", "1 2 3")]
    [InlineData("merge sort: 3 1 2", "merge-sort", "3 1 2")]
    public void Picks_the_generator_and_leaves_the_input(string prompt, string id, string input)
    {
        var match = Matcher.Match(prompt);
        Assert.NotNull(match);
        Assert.Equal(id, match.Generator.Info.Id);
        Assert.Equal(input, match.Input);
    }

    [Theory]
    [InlineData("")]
    [InlineData("how does a CPU cache work")]
    [InlineData("red-black tree rotations")]
    public void Returns_null_when_nothing_matches(string prompt) => Assert.Null(Matcher.Match(prompt));

    [Fact]
    public void Every_catalog_example_matches_its_own_generator_and_generates()
    {
        var catalog = new GeneratorCatalog();
        Assert.True(catalog.Generators.Count >= 16);
        foreach (var generator in catalog.Generators)
            foreach (var example in generator.Info.Examples)
            {
                var match = Matcher.Match(example);
                Assert.True(match?.Generator.Info.Id == generator.Info.Id, $"'{example}' matched {match?.Generator.Info.Id ?? "nothing"}");
                var show = generator.Generate(match!.Input, 1);
                Assert.DoesNotContain(show.Notes, n => n.Contains("random"));
            }
    }
}
