using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Trees;
using static AnimPlatform.Tests.Generation.GenerationTestKit;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class TreeGeneratorTests
{
    [Theory]
    [InlineData("insert 50 30 70 20 40 60 80 search 60 delete 30")]
    [InlineData("8 3 10 1 6 14 4 7 13 delete 3 delete 1 search 7 search 5 delete 8")]
    [InlineData("5 delete 5 insert 7 3 delete 7")]                 // root deleted twice, tree emptied
    [InlineData("1 2 3 4 5 6 7 8 9 10 search 10 delete 4 delete 99")] // degenerate chain, missing value
    [InlineData("10 5 10 15 delete 15 insert 15")]                 // duplicate insert, re-insert after delete
    [InlineData("")]
    public void Bst_matches_a_sorted_set_and_keeps_the_search_property(string input)
    {
        var generated = Generate(new BstGenerator(), input);
        var trace = (BstGenerator.Trace)generated.Trace;
        var reference = new SortedSet<int>();
        for (var k = 0; k < trace.Operations.Count; k++)
        {
            var op = trace.Operations[k];
            var step = trace.Steps[k];
            var v = op.Value!.Value;
            switch (op.Command)
            {
                case "insert":
                    Assert.Equal(reference.Add(v) ? BstOutcome.Inserted : BstOutcome.Duplicate, step.Outcome);
                    break;
                case "search":
                    Assert.Equal(reference.Contains(v) ? BstOutcome.Found : BstOutcome.NotFound, step.Outcome);
                    break;
                default:
                    var had = reference.Remove(v);
                    Assert.Equal(had, step.Outcome is BstOutcome.DeletedLeaf or BstOutcome.DeletedOneChild or BstOutcome.DeletedTwoChildren);
                    break;
            }
            Assert.Equal(reference.ToList(), step.InOrderAfter);
        }
        Assert.Equal(reference.ToList(), trace.FinalInOrder);
        AssertValidAndRenders(generated.Show);
    }

    [Fact]
    public void Bst_show_inserts_each_new_value_under_the_right_parent()
    {
        var generated = Generate(new BstGenerator(), "insert 50 30 70 20 40 60 80");
        var inserts = Actions(Scene(generated.Show, "walkthrough")).Where(a => (string?)a["action"] == "insert-node").ToList();
        Assert.Equal(6, inserts.Count);
        var expected = new (string Node, string Parent, string Side)[]
            { ("v30", "v50", "left"), ("v70", "v50", "right"), ("v20", "v30", "left"), ("v40", "v30", "right"), ("v60", "v70", "left"), ("v80", "v70", "right") };
        Assert.Equal(expected, inserts.Select(a => ((string)a["node"]!, (string)a["parent"]!, (string)a["side"]!)));
    }

    [Fact]
    public void Bst_delete_with_two_children_uses_the_in_order_successor()
    {
        var tree = new BinarySearchTree();
        foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80, 65 }) tree.Insert(v);
        var step = tree.Delete(50);
        Assert.Equal(BstOutcome.DeletedTwoChildren, step.Outcome);
        Assert.Equal([70, 60], step.SuccessorPath);
        Assert.Equal(60, tree.Root!.Value);
        Assert.Equal([20, 30, 40, 60, 65, 70, 80], tree.InOrder());
    }

    [Theory]
    [InlineData("insert 5 3 8 1 9 2 extract extract")]
    [InlineData("10 9 8 7 6 5 4 3 2 1 extract extract extract extract")]
    [InlineData("4 4 4 1 extract extract extract extract extract")] // duplicates, extract from empty
    [InlineData("")]
    public void Heap_extracts_like_a_priority_queue_and_keeps_heap_order(string input)
    {
        var generated = Generate(new BinaryHeapGenerator(), input);
        var trace = (BinaryHeapGenerator.Trace)generated.Trace;
        var reference = new PriorityQueue<int, int>();
        var extracted = new List<int?>();
        for (var k = 0; k < trace.Operations.Count; k++)
        {
            var op = trace.Operations[k];
            if (op.Command == "insert") reference.Enqueue(op.Value!.Value, op.Value!.Value);
            else extracted.Add(reference.TryDequeue(out var v, out _) ? v : null);
            Assert.True(MinHeap.IsHeap(trace.ArrayAfterEachOperation[k]), $"heap order broken after {op}");
            Assert.Equal(reference.Count, trace.ArrayAfterEachOperation[k].Length);
        }
        Assert.Equal(extracted, trace.Extracted);
        // The array view in the show ends as the heap's array.
        var scene = Scene(generated.Show, "walkthrough");
        var grid = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Single(o => (string?)o["id"] == "arr");
        var cells = ((JsonArray)grid["values"]![0]!).Select(v => (string)v!).ToList();
        foreach (var a in Actions(scene).Where(a => (string?)a["action"] == "set-grid-cell" && (string?)a["target"] == "arr"))
            cells[(int)a["cell"]![1]!] = (string)a["value"]!;
        Assert.Equal(Strings(trace.ArrayAfterEachOperation[^1]), cells.TakeWhile(c => c.Length > 0).ToList());
        Assert.All(cells.SkipWhile(c => c.Length > 0), c => Assert.Equal("", c));
        // The tree shows exactly the slots in use: the last graph version has one node per value, in heap order.
        var graphs = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Where(o => (string?)o["type"] == "graph").ToList();
        if (trace.ArrayAfterEachOperation[^1].Length > 0)
            Assert.Equal(trace.ArrayAfterEachOperation[^1].Length, ((JsonArray)graphs[^1]["nodes"]!).Count);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("insert 1 2 3 4 5 6 7 8 9 10 11 12 13", "more than 12")]
    [InlineData("insert", "'insert' needs a value")]
    [InlineData("insert 5 banana", "'banana' is not a number or a known command")]
    public void Heap_input_errors_are_clear(string input, string expected)
    {
        var ex = Assert.Throws<GeneratorInputException>(() => new BinaryHeapGenerator().Generate(input, 1));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Bst_caps_the_tree_size() =>
        Assert.Contains("more than 10", Assert.Throws<GeneratorInputException>(() => new BstGenerator().Generate("1 2 3 4 5 6 7 8 9 10 11", 1)).Message);
}
