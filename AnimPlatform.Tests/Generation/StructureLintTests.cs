using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The data-structure lessons pass the layout checks (no warning) for 50 random seeds and for inputs that reach
/// every case; the linked list's arrows are the list's next pointers after every rewiring; stack and queue
/// point at their ends; the hash table's buckets have no "Array" caption.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class StructureLintTests
{
    private static readonly GeneratorCatalog Catalog = new();

    private static string Problems(JsonObject show) => GenerationTestKit.LintProblems(show);

    [Theory]
    [InlineData("linked-list", "3 7 1 insert 5 at 1 delete 7 prepend 9 append 4 delete 9 search 4 search 8")]
    [InlineData("linked-list", "1 2 3 4 5 6 7 8 delete 1 delete 8 delete 5 append 10 prepend 0")]
    [InlineData("linked-list", "5 delete 5 append 6 search 6 delete 9 delete 6 search 1")]
    [InlineData("stack", "push 1 2 3 peek pop pop pop pop push 4")]
    [InlineData("queue", "1 2 3 dequeue peek dequeue dequeue dequeue enqueue 9")]
    [InlineData("hash-table", "10 20 30 41 buckets 5 search 7 delete 20 insert 20 insert 20")]
    public void Every_case_lints_clean(string generator, string input)
    {
        var show = Catalog.Find(generator)!.Generate(input, 1).Show;
        GenerationTestKit.AssertValidAndRenders(show);
        var problems = Problems(show);
        Assert.True(problems.Length == 0, problems);
    }

    private static List<JsonObject> Objects(JsonObject scene) =>
        ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).ToList();

    [Theory]
    [InlineData("3 7 1 insert 5 at 1 delete 7 prepend 9 append 4 delete 9")]
    [InlineData("10 20 insert 15 at 1 insert 25 at 3 insert 5 at 0 delete 10 delete 25")]
    public void Every_linked_list_version_points_along_the_list(string input)
    {
        var generated = Catalog.Find("linked-list")!.Generate(input, 1);
        var trace = (AnimPlatform.Core.Generation.Structures.LinkedListGenerator.Trace)generated.Trace;
        var scene = GenerationTestKit.Scene(generated.Show, "walkthrough");
        var graphs = Objects(scene).Where(o => (string?)o["type"] == "graph").ToList();
        foreach (var g in graphs)
        {
            // Every node but null has exactly one next arrow, and no two arrows lead into the same node.
            var nodes = ((JsonArray)g["nodes"]!).Select(n => (string)n!["id"]!).ToList();
            var edges = ((JsonArray)g["edges"]!).Select(e => ((string)e!["from"]!, (string)e["to"]!)).ToList();
            Assert.Equal(nodes.Count - 1, edges.Count);
            Assert.All(nodes.Where(n => n != "null"), n => Assert.Single(edges, e => e.Item1 == n));
            Assert.True((bool)g["directed"]!);
        }
        // The last version is the final list, head first, ending in null.
        var last = graphs[^1];
        var label = ((JsonArray)last["nodes"]!).ToDictionary(n => (string)n!["id"]!, n => (string)n!["label"]!);
        var next = ((JsonArray)last["edges"]!).ToDictionary(e => (string)e!["from"]!, e => (string)e!["to"]!);
        var into = next.Values.ToHashSet();
        var at = label.Keys.Single(n => n != "null" && !into.Contains(n) || label.Count == 1);
        var walk = new List<int>();
        while (at != "null")
        {
            walk.Add(int.Parse(label[at]));
            at = next[at];
        }
        Assert.Equal(trace.Steps[^1].After, walk);
    }

    [Fact]
    public void Stack_and_queue_point_at_their_ends_and_hash_buckets_have_no_array_caption()
    {
        var stack = GenerationTestKit.Scene(Catalog.Find("stack")!.Generate("push 1 2 3 pop", 1).Show, "walkthrough");
        Assert.Contains(Objects(stack), o => (string?)o["type"] == "pointer" && (string?)o["label"] == "top");
        var queue = GenerationTestKit.Scene(Catalog.Find("queue")!.Generate("1 2 3 dequeue", 1).Show, "walkthrough");
        Assert.Equal(["front", "rear"], Objects(queue).Where(o => (string?)o["type"] == "pointer").Select(o => (string)o["label"]!));
        // After 1 2 3 and a dequeue, rear points at index 1 (the last of two values).
        Assert.Equal(1, (int)GenerationTestKit.Actions(queue).Last(a => (string?)a["action"] == "move-pointer" && (string?)a["target"] == "ptr_rear")["to"]!);
        var hash = GenerationTestKit.Scene(Catalog.Find("hash-table")!.Generate("15 11 27 size 7", 1).Show, "walkthrough");
        Assert.DoesNotContain(Objects(hash), o => (string?)o["type"] == "data-structure");
    }
}
