using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Generation.Dp;
using AnimPlatform.Core.Generation.Graphs;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Prompts as students write them: prose around the topic, a target node, the textbook knapsack form, a topic
/// named with a family word that is not here ("shell sort"). What each gives, beyond picking a generator (PromptTable).
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class PromptUnderstandingTests
{
    private static readonly GeneratorCatalog Catalog = new();
    private static readonly ShowGenerationService Service = new(Catalog, new TopicMatcher(Catalog),
        new AiShowGenerator(Options.Create(new AiOptions()), new OpenAiCompatibleChatClientFactory()));

    private static async Task<ShowGenerationResult> Generate(string prompt)
    {
        var result = await Service.GenerateAsync(new GenerationRequest(prompt));
        return result;
    }

    [Fact]
    public async Task Input_made_only_of_unread_words_gets_the_default_and_says_so()
    {
        var result = await Generate("bellman ford with some extra words here please");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("bellman-ford", result.GeneratorId);
        Assert.Contains(result.Warnings, w => w.Contains("extra words") && w.Contains("uses an example"));
    }

    [Fact]
    public async Task Input_with_data_in_it_keeps_its_error()
    {
        var result = await Generate("bubble sort 5 banana 3");
        Assert.False(result.Succeeded);
        Assert.Contains("'banana' is not a number", result.Error);
        // A word reader's data stay data: one word is not enough for edit distance, however prose-like.
        var words = await Generate("edit distance good");
        Assert.False(words.Succeeded);
        Assert.Contains("exactly two words", words.Error);
    }

    [Fact]
    public async Task Prose_words_are_data_for_word_lessons()
    {
        var result = await Generate("lcs of this and that");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("this", result.Input);
        Assert.Contains("that", result.Input);
    }

    [Fact]
    public void Bellman_ford_default_graph_has_negative_edges_and_no_negative_cycle()
    {
        foreach (var seed in new[] { 1, 2, 3, 7, 42, 99 })
        {
            var notes = new List<string>();
            var g = GraphInput.Parse("", weighted: true, seed, notes, allowNegative: true, directed: true);
            Assert.Equal(2, g.Edges.Count(e => e.Weight < 0));
            var trace = BellmanFordGenerator.Run(g);
            Assert.False(trace.NegativeCycle, $"seed {seed}");
            // Without negatives allowed (Dijkstra), the same seed has none.
            Assert.DoesNotContain(GraphInput.Parse("", true, seed, notes).Edges, e => e.Weight < 0);
        }
    }

    [Fact]
    public void A_target_node_is_checked_and_noted()
    {
        var notes = new List<string>();
        var g = GraphInput.Parse("from A to D on A-B:1 B-D:2 A-C:4", weighted: true, 1, notes);
        Assert.Equal("A", g.Start);
        Assert.Contains(notes, n => n.Contains("'to D'") && n.Contains("D included"));
        var ex = Assert.Throws<GeneratorInputException>(() => GraphInput.Parse("from A to Q on A-B:1", true, 1, []));
        Assert.Contains("'Q' is not in the graph", ex.Message);
    }

    [Fact]
    public void Knapsack_reads_weights_then_values()
    {
        var (items, capacity) = KnapsackGenerator.Parse("capacity 10 weights 5 4 6 3 values 10 40 30 50", []);
        Assert.Equal(10, capacity);
        Assert.Equal([new(5, 10), new(4, 40), new(6, 30), new(3, 50)], items);
        var (reversed, _) = KnapsackGenerator.Parse("values 1 4 weights 2 3 capacity 5", []);
        Assert.Equal([new(2, 1), new(3, 4)], reversed);
        Assert.Throws<GeneratorInputException>(() => KnapsackGenerator.Parse("weights 1 2 values 3", []));
    }

    [Theory]
    [InlineData("shell sort 5 4 3")]
    [InlineData("cocktail sort")]
    public async Task A_sort_that_is_not_here_matches_nothing_and_offers_sorts(string prompt)
    {
        Assert.Null(new TopicMatcher(Catalog).Match(prompt));
        var closest = new TopicMatcher(Catalog).Closest(prompt);
        Assert.All(closest, t => Assert.Contains(t.Aliases, a => a.Split(' ').Contains("sort")));
        var result = await Generate(prompt);
        Assert.Contains("No built-in lesson matches", result.Error);
    }

    [Theory]
    [InlineData("sort 5 3 1", "insertion-sort")]
    [InlineData("please sort 5 3 1", "insertion-sort")]
    [InlineData("heap sort 5 3 1", "heap-sort")]
    public void A_family_word_after_a_known_or_prose_word_still_matches(string prompt, string id) =>
        Assert.Equal(id, new TopicMatcher(Catalog).Match(prompt)!.Generator.Info.Id);

    [Theory]
    [InlineData("prims mst", "")]
    [InlineData("floyd warshall all pairs shortest path", "")]
    [InlineData("two pointers pair sum 10 in 1 2 3", "10 in 1 2 3")]
    [InlineData("trie insert cat trie search ca", "insert cat search ca")]
    [InlineData("fib(8)", "8")]
    public void Further_names_of_the_topic_are_not_input_but_operations_are(string prompt, string input) =>
        Assert.Equal(input, new TopicMatcher(Catalog).Match(prompt)!.Input);

    [Fact]
    public void A_start_without_edges_names_the_random_graphs_first_node()
    {
        var notes = new List<string>();
        var g = GraphInput.Parse("from S", weighted: false, 42, notes);
        Assert.Equal("S", g.Start);
        Assert.Contains("S", g.Nodes);
        Assert.DoesNotContain("A", g.Nodes);
        Assert.Contains(g.Edges, e => e.From == "S");
    }
}
