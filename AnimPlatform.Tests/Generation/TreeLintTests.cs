using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The tree lessons (BST, AVL, trie, traversals, heap) pass the layout checks (no warning at all) for 50 random seeds and for hand-picked inputs
/// that reach every delete case; a BST delete never crossfades two trees.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TreeLintTests
{
    private static readonly GeneratorCatalog Catalog = new();

    private static string Problems(JsonObject show) => GenerationTestKit.LintProblems(show);

    [Theory]
    [InlineData("bst", "insert 50 30 70 20 40 60 80 65 delete 50 delete 30 delete 20")]   // two children (successor with a right child, then a leaf successor), leaf
    [InlineData("bst", "insert 50 30 70 20 60 delete 30 delete 70 delete 50 search 60")]   // one child (left, then left again), root with two children
    [InlineData("bst", "insert 8 3 10 1 6 14 4 7 13 delete 10 delete 3 delete 8 delete 99")]
    [InlineData("bst", "insert 5 delete 5 insert 7 search 7")]
    [InlineData("avl", "insert 10 20 30 40 50 25")]
    [InlineData("avl", "insert 30 20 10 25 28 27 5 1")]
    [InlineData("binary-heap", "max insert 5 3 8 1 extract")]
    [InlineData("binary-heap", "max insert 5 3 8 1 9 2 extract extract")]
    [InlineData("binary-heap", "insert 12 11 10 9 8 7 6 5 4 3 2 1 extract extract extract extract")]
    [InlineData("binary-heap", "insert 4 extract extract insert 7 7 7 extract")]
    [InlineData("trie", "insert cat car cart care dog do dot search car search ca search cow")]
    [InlineData("trie", "insert abcdefg abcdefa search abcdefg search abc")]
    public void Every_case_lints_clean(string generator, string input)
    {
        var show = Catalog.Find(generator)!.Generate(input, 1).Show;
        GenerationTestKit.AssertValidAndRenders(show);
        var problems = Problems(show);
        Assert.True(problems.Length == 0, problems);
    }

    [Fact]
    public void Bst_delete_moves_nodes_and_only_cuts_between_trees()
    {
        var show = Catalog.Find("bst")!.Generate("insert 50 30 70 20 40 60 80 65 delete 50 delete 30 delete 70", 1).Show;
        var scene = GenerationTestKit.Scene(show, "walkthrough");
        var actions = GenerationTestKit.Actions(scene).ToList();
        // The successor 60 moves up into 50's place; 65 then takes 60's old place.
        Assert.Contains(actions, a => (string?)a["action"] == "move-node" && (string?)a["node"] == "v60");
        Assert.Contains(actions, a => (string?)a["action"] == "move-node" && (string?)a["node"] == "v65");
        foreach (var entry in GenerationTestKit.Timeline(scene))
        {
            var block = entry["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!).ToList() : [entry];
            var treeFades = block.Where(a => ((string)a["action"]!).StartsWith("fade") && ((string?)a["target"] ?? "").StartsWith("tree")).ToList();
            if (treeFades.Any(a => (string)a["action"]! == "fade-in") && treeFades.Any(a => (string)a["action"]! == "fade-out"))
                Assert.All(treeFades, f => Assert.Equal("0s", (string)f["duration"]!));
        }
    }
}
