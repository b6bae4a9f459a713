using AnimPlatform.Core.Generation;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Prompts written the way students write them read as they mean: the input the lesson runs on (its summary) and
/// its notes, or a clear refusal. Each case was misread before: a weighted graph noted "edges without a weight" when
/// every edge had one, "starting at node 1" took "node" for the start, item-by-item knapsack items kept only the
/// last one, "doubly linked list" failed on "'doubly' is not a number", "a->b" was not an edge, "max sum subarray of
/// size 2" ran with k = 3 over a list that began with the 2, "into 1 2 3" made appends the user did not give, and
/// "from the bst 50 30 70" failed on the structure's own name; Kruskal noted a start node it does not use.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class StudentPromptInputTests
{
    private static readonly GeneratorCatalog Catalog = new();

    private static GeneratedShow Generate(string prompt)
    {
        var match = new TopicMatcher(Catalog).Match(prompt)!;
        return match.Generator.Generate(match.Input, 7);
    }

    [Theory]
    [InlineData("visualize dijkstra on A-B:2 B-C:3 A-C:10", "dijkstra", "from A on A-B:2 B-C:3 A-C:10")]
    [InlineData("minimum spanning tree with prim on A-B:1 B-C:2 A-C:3", "prim", "from A on A-B:1 B-C:2 A-C:3")]
    [InlineData("bfs starting at node 1 with edges 1-2 1-3 2-4", "bfs", "from 1 on 1-2 1-3 2-4")]
    [InlineData("dijkstra from vertex B on A-B:2 B-C:5", "dijkstra", "from B on A-B:2 B-C:5")]
    [InlineData("knapsack with capacity 10 and items (weight 5, value 10) (weight 4, value 40) (weight 6, value 30)", "knapsack", "capacity 10, items 5:10 4:40 6:30")]
    [InlineData("topological sort of a->b b->c a->c", "topological-sort", "a-b b-c a-c")]
    [InlineData("dijkstra's shortest path from S: S-A 7, S-B 2, B-A 3", "dijkstra", "from S on S-A:7 S-B:2 B-A:3")]
    [InlineData("find the lcs between \"kitten\" and \"sitting\"", "lcs", "kitten and sitting")]
    [InlineData("0/1 knapsack W=8 items 2:3 3:4 4:5 5:6", "knapsack", "capacity 8, items 2:3 3:4 4:5 5:6")]
    [InlineData("fibonacci sequence up to 8", "fibonacci", "n = 8")]
    [InlineData("solve 4-queens", "n-queens", "n = 4")]
    [InlineData("hash table with 3 buckets insert 1 4 7 10", "hash-table", "3 buckets; insert 1, insert 4, insert 7, insert 10")]
    [InlineData("dijkstra from A on A→B:4 B→C:2", "dijkstra", "from A on A-B:4 B-C:2")]
    [InlineData("max sum subarray of size 2 in 4 1 7 3", "sliding-window", "k = 2 on [4, 1, 7, 3]")]
    [InlineData("linked list insert 4 at 0 into 1 2 3", "linked-list", "[1, 2, 3], then insert 4 at 0")]
    [InlineData("bst delete 30 from the bst 50 30 70", "bst", "insert 50, insert 30, insert 70, delete 30")]
    public void Reads_the_input_as_meant(string prompt, string id, string input)
    {
        var generated = Generate(prompt);
        Assert.Equal(id, generated.GeneratorId);
        Assert.Equal(input, generated.InputSummary);
        Assert.DoesNotContain(generated.Notes, n => n.Contains("without a weight"));
    }

    [Fact]
    public void An_edge_without_a_weight_is_still_noted() =>
        Assert.Contains(Generate("dijkstra from A on A-B:2 B-C").Notes, n => n.Contains("without a weight"));

    [Fact]
    public void Union_find_of_n_elements_draws_them_all()
    {
        var generated = Generate("union find 5 elements union 1 2 union 3 4 find 4");
        var trace = Assert.IsType<Core.Generation.Graphs.UnionFindTrace>(generated.Trace);
        Assert.Equal(["1", "2", "3", "4", "5"], trace.Elements);
    }

    /// <summary>Kruskal, Floyd-Warshall and topological sort start nowhere: no "starting at" note.</summary>
    [Theory]
    [InlineData("kruskal on graph a-b:3 b-c:1 c-a:2")]
    [InlineData("floyd warshall on A-B:1 B-C:1")]
    [InlineData("topological sort on A-B B-C")]
    public void An_algorithm_without_a_start_does_not_name_one(string prompt) =>
        Assert.DoesNotContain(Generate(prompt).Notes, n => n.Contains("start"));

    [Theory]
    [InlineData("doubly linked list 1 2 3", "singly linked list")]
    [InlineData("circular linked list 4 5", "singly linked list")]
    [InlineData("knapsack capacity 7 weight 1 value 1 weight 3", "as many values as weights")]
    [InlineData("8-queens", "n = 8: use 4 to 6")]
    public void Refuses_what_the_lesson_does_not_show(string prompt, string message)
    {
        var e = Assert.Throws<GeneratorInputException>(() => Generate(prompt));
        Assert.Contains(message, e.Message);
    }
}
