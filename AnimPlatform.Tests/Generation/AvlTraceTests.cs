using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The AVL generator against an independent recursive AVL (written as textbooks do, returning the new subtree
/// root): same tree after every insert, the four cases where they belong, and the emitted show ends on the tree
/// the reference builds.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class AvlTraceTests
{
    private sealed class Ref(int v)
    {
        public int V = v, H = 1;
        public Ref? L, R;
    }

    private static int H(Ref? n) => n?.H ?? 0;
    private static void Fix(Ref n) => n.H = 1 + Math.Max(H(n.L), H(n.R));
    private static Ref RotR(Ref y) { var x = y.L!; y.L = x.R; x.R = y; Fix(y); Fix(x); return x; }
    private static Ref RotL(Ref x) { var y = x.R!; x.R = y.L; y.L = x; Fix(x); Fix(y); return y; }

    private static Ref Insert(Ref? n, int v)
    {
        if (n is null) return new Ref(v);
        if (v < n.V) n.L = Insert(n.L, v);
        else if (v > n.V) n.R = Insert(n.R, v);
        else return n;
        Fix(n);
        var b = H(n.L) - H(n.R);
        if (b > 1 && v < n.L!.V) return RotR(n);
        if (b < -1 && v > n.R!.V) return RotL(n);
        if (b > 1) { n.L = RotL(n.L!); return RotR(n); }
        if (b < -1) { n.R = RotR(n.R!); return RotL(n); }
        return n;
    }

    private static List<(int, int?, string?)> PreOrder(Ref? root)
    {
        var list = new List<(int, int?, string?)>();
        void Walk(Ref? n, Ref? p, string? side)
        {
            if (n is null) return;
            list.Add((n.V, p?.V, side));
            Walk(n.L, n, "left");
            Walk(n.R, n, "right");
        }
        Walk(root, null, null);
        return list;
    }

    [Fact]
    public void Every_insert_leaves_the_same_tree_as_the_reference_and_stays_balanced()
    {
        var random = new Random(13);
        for (var run = 0; run < 300; run++)
        {
            var tree = new AvlTree();
            Ref? reference = null;
            foreach (var v in Enumerable.Range(0, random.Next(1, 11)).Select(_ => random.Next(1, 60)))
            {
                tree.Insert(v);
                reference = Insert(reference, v);
                Assert.Equal(PreOrder(reference), tree.Snapshot());
                Assert.True(tree.IsBalanced());
            }
        }
    }

    [Theory]
    [InlineData(new[] { 30, 20, 10 }, "LL", new[] { "right" })]
    [InlineData(new[] { 10, 20, 30 }, "RR", new[] { "left" })]
    [InlineData(new[] { 30, 10, 20 }, "LR", new[] { "left", "right" })]
    [InlineData(new[] { 10, 30, 20 }, "RL", new[] { "right", "left" })]
    public void The_four_cases_are_named_and_rotated_as_in_the_textbook(int[] values, string kind, string[] rotations)
    {
        var trace = AvlGenerator.Run(values);
        var fix = Assert.Single(trace.Steps, s => s.Fix is not null).Fix!;
        Assert.Equal(kind, fix.Case);
        Assert.Equal(values[0], fix.Unbalanced);
        Assert.Equal(rotations, fix.Rotations.Select(r => r.Direction));
        Assert.Equal((20, (int?)null, (string?)null), fix.Rotations[^1].TreeAfter[0]);
        Assert.Equal(2, trace.FinalHeight);
    }

    [Fact]
    public void The_show_validates_renders_and_its_last_tree_is_the_reference_tree()
    {
        var values = new[] { 10, 20, 30, 40, 50, 25 };
        var generated = new AvlGenerator().Generate(string.Join(" ", values), 1);
        GenerationTestKit.AssertValidAndRenders(generated.Show);

        Ref? reference = null;
        foreach (var v in values) reference = Insert(reference, v);
        var scene = GenerationTestKit.Scene(generated.Show, "walkthrough");
        var lastTree = scene["manifest"]!["objects"]!.AsArray().OfType<JsonObject>().Last(o => (string?)o["type"] == "tree");
        var labels = lastTree["nodes"]!.AsArray().Select(n => int.Parse((string)n!["label"]!)).ToList();
        Assert.Equal(PreOrder(reference).Select(n => n.Item1), labels);
        // 10 20 30 → RR; 40 50 → RR at 30; 25 → RL at 20 (textbook figures).
        Assert.Equal(3, ((AvlGenerator.Trace)generated.Trace!).Steps.Count(s => s.Fix is not null));
        Assert.Contains(GenerationTestKit.Actions(scene), a => (string?)a["action"] == "move-node");
    }
}
