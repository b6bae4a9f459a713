using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Structures;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The code line lit in the tree and structure lessons follows the algorithm: the highlight-line entries of the
/// walkthrough are the lines the reference trace runs, in order, and each step caption is shown while its line is lit.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class LessonCodeLineTests
{
    private static readonly GeneratorCatalog Catalog = new();

    /// <summary>The highlight-line numbers of the walkthrough, in timeline order.</summary>
    private static List<int> Lit(JsonObject show) =>
        GenerationTestKit.Actions(GenerationTestKit.Scene(show, "walkthrough"))
            .Where(a => (string?)a["action"] == "highlight-line").Select(a => (int)a["line"]!).ToList();

    /// <summary>Each step caption with the code line lit when the step's picture has played (before the next caption).</summary>
    private static List<(string Caption, int Line)> Steps(JsonObject show)
    {
        var result = new List<(string, int)>();
        string? caption = null;
        var line = 0;
        foreach (var entry in GenerationTestKit.Timeline(GenerationTestKit.Scene(show, "walkthrough")))
        {
            var block = entry["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!).ToList() : [entry];
            foreach (var a in block)
            {
                if ((string?)a["action"] == "set-text" && (string?)a["target"] == "step")
                {
                    if (caption is not null) result.Add((caption, line));
                    caption = (string)a["value"]!;
                }
                if ((string?)a["action"] == "highlight-line") line = (int)a["line"]!;
            }
        }
        if (caption is not null) result.Add((caption, line));
        return result;
    }

    private static List<int> Dedupe(IEnumerable<int> lines)
    {
        var list = new List<int>();
        foreach (var l in lines) if (list.Count == 0 || list[^1] != l) list.Add(l);
        return list;
    }

    [Theory]
    [InlineData("insert 50 30 70 20 40 60 80 65 delete 50 search 65 search 10 delete 20 delete 30 insert 40 delete 99")]
    [InlineData("insert 8 3 10 1 6 14 4 7 13 delete 10 delete 3 delete 8")]
    [InlineData("search 4 insert 5 delete 5 insert 7 search 7")]
    public void Bst_lights_the_lines_the_reference_trace_runs(string input)
    {
        var ops = BstGenerator.ReadOperations(input, 1, []);
        var code = PseudocodeTables.Bst;
        var expected = new List<string>();
        var size = 0;
        foreach (var step in BstGenerator.Run(ops).Steps)
        {
            expected.Add("start");
            expected.AddRange(step.Path.Select(p => step.Value == p ? "equal" : step.Value < p ? "left" : "right"));
            expected.AddRange(step.Outcome switch
            {
                BstOutcome.Inserted => ["insert"],
                BstOutcome.NotFound or BstOutcome.NotDeleted => ["missing"],
                BstOutcome.DeletedLeaf => ["leaf"],
                BstOutcome.DeletedOneChild => ["splice"],
                BstOutcome.DeletedTwoChildren => ["succ", "replace"],
                _ => [],
            });
            size += step.Outcome == BstOutcome.Inserted ? 1 : step.Outcome is BstOutcome.DeletedLeaf or BstOutcome.DeletedOneChild or BstOutcome.DeletedTwoChildren ? -1 : 0;
        }
        var show = Catalog.Find("bst")!.Generate(input, 1).Show;
        Assert.Equal(Dedupe(expected.Select(code.LineOf)), Lit(show));
        // A comparison caption is shown with its own line.
        foreach (var (caption, line) in Steps(show))
        {
            if (caption.EndsWith("→ go left")) Assert.Equal(code.LineOf("left"), line);
            if (caption.EndsWith("→ go right")) Assert.Equal(code.LineOf("right"), line);
            if (caption.EndsWith("→ here it is")) Assert.Equal(code.LineOf("equal"), line);
        }
    }

    [Fact]
    public void Bst_delete_sets_the_in_order_line_with_the_step_that_removes_the_value()
    {
        var show = Catalog.Find("bst")!.Generate("insert 50 30 70 60 80 delete 50", 1).Show;
        var entries = GenerationTestKit.Timeline(GenerationTestKit.Scene(show, "walkthrough")).ToList();
        var block = entries.Select(e => e["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!).ToList() : [e]).ToList();
        var inorder = block.FindIndex(b => b.Any(a => (string?)a["target"] == "inorder" && (string?)a["value"] == "In-order: 30 60 70 80"));
        var moveUp = block.FindIndex(b => b.Any(a => (string?)a["action"] == "move-node" && (string?)a["node"] == "v60"));
        Assert.True(inorder >= 0 && moveUp >= 0);
        // Set in the block that lets the successor go, right before it moves up into 50's node — not after the delete.
        Assert.True(moveUp - inorder is 1 or 0, $"in-order set at entry {inorder}, successor moves at {moveUp}");
    }

    [Theory]
    [InlineData("tree traversal 50 30 70 20 40 60 80")]
    [InlineData("inorder traversal 8 3 10 1 6 14 4 7 13")]
    [InlineData("level order traversal 5 2 9 1 3 7")]
    public void Traversals_light_the_visit_line_of_their_order_at_each_visit(string input)
    {
        var show = Catalog.Find("tree-traversal")!.Generate(input, 1).Show;
        var tokens = input.Split(' ');
        var values = tokens.Where(t => int.TryParse(t, out _)).Select(int.Parse).ToList();
        var tree = new BinarySearchTree();
        foreach (var v in values) tree.Insert(v);
        var orders = TraversalGenerator.Orders.Where(o => input.Contains(o.Split(' ')[0])).ToList();
        if (orders.Count == 0) orders = TraversalGenerator.Orders.ToList();
        var expected = orders.SelectMany(o => TraversalGenerator.Order(tree, o).Select(v => ($"Visit {v}", o switch
        {
            "preorder" => 2, "inorder" => 4, "postorder" => 6, _ => 8,
        }))).ToList();
        var visits = Steps(show).Where(s => s.Caption.StartsWith("Visit ")).ToList();
        Assert.Equal(expected, visits);
        // A recursive call into a child lights traverse(n.left) / traverse(n.right).
        foreach (var (caption, line) in Steps(show).Where(s => s.Caption.StartsWith("traverse(")))
            Assert.Equal(caption.Contains("left child") ? 3 : caption.Contains("right child") ? 5 : 1, line);
    }

    [Theory]
    [InlineData("stack", "push 1 2 3 peek pop pop pop pop push 4")]
    [InlineData("queue", "1 2 3 dequeue peek dequeue dequeue dequeue enqueue 9")]
    public void Stack_and_queue_light_the_line_of_each_operation(string id, string input)
    {
        var generator = (LinearStructureGenerator)Catalog.Find(id)!;
        var code = id == "stack" ? PseudocodeTables.Stack : PseudocodeTables.Queue;
        var (add, remove) = id == "stack" ? ("push", "pop") : ("enqueue", "dequeue");
        var trace = generator.Run(generator.ReadOperations(input, 1, []));
        var expected = trace.Steps.Select(s => s.Outcome switch
        {
            LinearStructureGenerator.Outcome.Added => add,
            LinearStructureGenerator.Outcome.Removed => remove,
            LinearStructureGenerator.Outcome.Peeked => "peek",
            _ => "empty",
        }).Select(code.LineOf);
        Assert.Equal(Dedupe(expected), Lit(generator.Generate(input, 1).Show));
    }

    [Theory]
    [InlineData("3 7 1 insert 5 at 1 delete 7 search 1 search 42 delete 42")]
    [InlineData("10 20 30 prepend 5 append 40 search 30 delete 5 delete 40")]
    [InlineData("search 3 delete 3 append 4 search 4 delete 4 search 4")]
    public void Linked_list_lights_walk_link_unlink_found_and_null_as_the_trace_runs(string input)
    {
        var notes = new List<string>();
        var (initial, ops) = LinkedListGenerator.ReadOperations(input, 1, notes);
        var code = PseudocodeTables.LinkedList;
        var expected = new List<string>();
        var before = initial.Count;
        foreach (var step in LinkedListGenerator.Run(initial, ops).Steps)
        {
            // Walking from the head runs whenever there is a node to walk over (an insert at 0 walks nowhere).
            var walks = step.Outcome switch
            {
                LinkedListGenerator.Outcome.Inserted => step.Index > 0,
                LinkedListGenerator.Outcome.NotFound => before > 0,
                _ => true,
            };
            if (walks) expected.Add("walk");
            expected.AddRange(step.Outcome switch
            {
                LinkedListGenerator.Outcome.Inserted => ["create", "link"],
                LinkedListGenerator.Outcome.Deleted => ["unlink", "free"],
                LinkedListGenerator.Outcome.Found => ["found"],
                _ => ["null"],
            });
            before = step.After.Count;
        }
        var show = Catalog.Find("linked-list")!.Generate(input, 1).Show;
        Assert.Equal(Dedupe(expected.Select(code.LineOf)), Lit(show));
        // A miss is captioned with the null line lit; a hit with the found line (the first line lit after the caption:
        // the next operation's walk may light its line before that operation's own caption).
        string? caption = null;
        foreach (var entry in GenerationTestKit.Timeline(GenerationTestKit.Scene(show, "walkthrough")))
            foreach (var a in entry["parallel"] is JsonArray p ? p.Select(x => (JsonObject)x!) : [entry])
            {
                if ((string?)a["action"] == "set-text" && (string?)a["target"] == "step") caption = (string)a["value"]!;
                else if ((string?)a["action"] == "highlight-line" && caption is not null)
                {
                    if (caption.StartsWith("cur = null")) Assert.Equal(code.LineOf("null"), (int)a["line"]!);
                    if (caption.EndsWith("→ found")) Assert.Equal(code.LineOf("found"), (int)a["line"]!);
                    caption = null;
                }
            }
    }
}
