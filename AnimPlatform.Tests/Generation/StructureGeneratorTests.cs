using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Structures;
using static AnimPlatform.Tests.Generation.GenerationTestKit;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class StructureGeneratorTests
{
    [Theory]
    [InlineData("push 10 push 20 push 30 pop push 40 pop pop")]
    [InlineData("push 1 2 3 peek pop pop pop pop")]   // pop on empty: underflow
    [InlineData("")]
    public void Stack_matches_System_Collections_Stack(string input)
    {
        var g = new StackGenerator();
        var generated = Generate(g, input);
        var trace = (LinearStructureGenerator.Trace)generated.Trace;
        var reference = new Stack<int>();
        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            if (op.Command == "push") reference.Push(op.Value!.Value);
            else if (op.Command == "pop") Assert.Equal(reference.TryPop(out var v) ? v : null, step.Value);
            else Assert.Equal(reference.TryPeek(out var p) ? p : null, step.Value);
            Assert.Equal(reference.Reverse(), step.After);
        }
        Assert.Equal(Strings(trace.Steps[^1].After), ReplayCells(Scene(generated.Show, "walkthrough"))["stack"][^1]);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("enqueue 5 enqueue 8 enqueue 2 dequeue enqueue 7 dequeue")]
    [InlineData("1 2 3 dequeue peek dequeue dequeue dequeue")]
    [InlineData("")]
    public void Queue_matches_System_Collections_Queue(string input)
    {
        var generated = Generate(new QueueGenerator(), input);
        var trace = (LinearStructureGenerator.Trace)generated.Trace;
        var reference = new Queue<int>();
        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            if (op.Command == "enqueue") reference.Enqueue(op.Value!.Value);
            else if (op.Command == "dequeue") Assert.Equal(reference.TryDequeue(out var v) ? v : null, step.Value);
            else Assert.Equal(reference.TryPeek(out var p) ? p : null, step.Value);
            Assert.Equal(reference, step.After);
        }
        Assert.Equal(Strings(trace.Steps[^1].After), ReplayCells(Scene(generated.Show, "walkthrough"))["queue"][^1]);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("3 7 1 insert 5 at 1 delete 7", new[] { 3, 5, 1 })]
    [InlineData("10 20 30 prepend 5 append 40 search 30 delete 99", new[] { 5, 10, 20, 30, 40 })]
    [InlineData("1 insert 2 at 0 insert 3 at 2 delete 1 delete 2 delete 3", new int[0])]
    [InlineData("4 5 insert 6", new[] { 4, 5, 6 })]
    public void Linked_list_matches_a_reference_list(string input, int[] final)
    {
        var generated = Generate(new LinkedListGenerator(), input);
        var trace = (LinkedListGenerator.Trace)generated.Trace;
        Assert.Equal(final, trace.Steps[^1].After);
        AssertValidAndRenders(generated.Show);
    }

    [Fact]
    public void Linked_list_rejects_positions_past_the_end()
    {
        var ex = Assert.Throws<GeneratorInputException>(() => new LinkedListGenerator().Generate("1 2 insert 9 at 5", 1));
        Assert.Contains("only 2 nodes", ex.Message);
    }

    [Theory]
    [InlineData("hash table 15 11 27 8 12 22 size 7 search 22 delete 15")]
    [InlineData("10 20 30 41 buckets 5 search 7 delete 20 insert 20 insert 20")]
    [InlineData("-3 4 11 size 7")]
    [InlineData("")]
    public void Hash_table_buckets_match_a_reference(string input)
    {
        var generated = Generate(new HashTableGenerator(), input.Replace("hash table", ""));
        var trace = (HashTableGenerator.Trace)generated.Trace;
        var m = trace.BucketCount;
        var reference = Enumerable.Range(0, m).Select(_ => new List<int>()).ToList();
        foreach (var step in trace.Steps)
        {
            var k = step.Operation.Value!.Value;
            var b = ((k % m) + m) % m;
            Assert.Equal(b, step.Bucket);
            if (step.Operation.Command == "insert" && !reference[b].Contains(k)) reference[b].Add(k);
            if (step.Operation.Command == "delete") reference[b].Remove(k);
            Assert.Equal(reference.Select(c => c.ToArray()), step.Buckets.Select(c => c.ToArray()));
        }
        AssertValidAndRenders(generated.Show);
    }

    [Fact]
    public void Operation_parser_repeats_commands_and_reads_positions()
    {
        var parser = new OperationParser([("push", [], true), ("pop", [], false)], "push");
        Assert.Equal(["push 1", "push 2", "pop", "push 3"], parser.Parse("1 push 2 pop 3").Select(o => o.ToString()));
        Assert.Contains("'pop' needs", Assert.Throws<GeneratorInputException>(() =>
            new OperationParser([("pop", [], true)], null).Parse("pop")).Message);
    }

    [Theory]
    [InlineData("delete 30 from bst 50 30 70", new[] { "insert 50", "insert 30", "insert 70", "delete 30" })]
    [InlineData("search 7 in the tree 5 7 9 delete 5", new[] { "insert 5", "insert 7", "insert 9", "search 7", "delete 5" })]
    [InlineData("insert 4 8", new[] { "insert 4", "insert 8" })]
    public void Contents_after_from_are_inserted_before_the_operation_and_nothing_else_is_reported(string input, string[] expected)
    {
        var parser = new OperationParser([("insert", [], true), ("search", [], true), ("delete", [], true)], "insert");
        Assert.Equal(expected, parser.Parse(input).Select(o => o.ToString()));
    }

    [Fact]
    public void Delete_from_a_tree_runs_on_the_given_contents()
    {
        var show = new AnimPlatform.Core.Generation.Trees.BstGenerator().Generate("delete 30 from bst 50 30 70", 1);
        var text = System.Text.Json.JsonSerializer.Serialize(show.Show, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("30 is a leaf, so just remove it", text);
        Assert.DoesNotContain("is not in the tree", text);
    }
}
