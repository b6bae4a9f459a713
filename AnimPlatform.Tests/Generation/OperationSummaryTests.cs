using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// A walkthrough's opening names a few operations one by one and counts many per kind, since each is named again as
/// it runs: at the caps, "insert 50, insert 30, …" for 16 operations took 20 s of speech before the first step.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class OperationSummaryTests
{
    [Fact]
    public void A_few_operations_are_listed_many_are_counted_per_kind()
    {
        Assert.Equal("insert 5, search 5: found", OperationSummary.Of(["insert 5", "search 5: found"], ["insert", "search"]));
        var many = Enumerable.Repeat("insert", 7).Append("search").Append("delete").Append("search").ToList();
        Assert.Equal("run 10 operations: 7 inserts, 2 searches and 1 delete", OperationSummary.Of(many.Select(c => c + " 1").ToList(), many));
        Assert.Equal("3 pushes, 2 pops and 1 peek", OperationSummary.Counted(["push", "pop", "push", "peek", "pop", "push"]));
    }

    [Theory]
    [InlineData("bst insert 50 30 70 20 40 60 80 10 25 35 search 35 search 99 delete 30 delete 50 delete 70 search 25",
        "We run 16 operations: 10 inserts, 3 searches and 3 deletes.")]
    [InlineData("stack push 1 push 2 push 3 push 4 push 5 push 6 push 7 push 8 pop pop pop peek pop pop pop pop",
        "We run 16 operations on the stack: 8 pushes, 7 pops and 1 peek.")]
    [InlineData("bst insert 50 30 search 30", "We insert 50, insert 30, search 30: found.")]
    public void The_walkthrough_opens_with_the_summary(string prompt, string opening)
    {
        var catalog = new GeneratorCatalog();
        var match = new TopicMatcher(catalog).Match(prompt)!;
        var show = match.Generator.Generate(match.Input, 7).Show;
        var walkthrough = show["scenes"]!.AsArray().First(s => (string?)s!["name"] == "walkthrough")!;
        Assert.Contains(opening, (string?)walkthrough["narration"]);
    }
}
