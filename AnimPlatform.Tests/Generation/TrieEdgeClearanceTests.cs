using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The trie's edges, read off the compiled walkthrough after every entry: no edge passes through (or grazes, within 2 px)
/// a node circle other than its two ends, nor through the "root" label left of the root. A root with many children
/// ("ab cd ef gh ij kl mn op") used to fan out so flat that its edges crossed the label and skimmed the nodes beside.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TrieEdgeClearanceTests
{
    private static readonly GeneratorCatalog Catalog = new();

    [Theory]
    [InlineData("trie insert ab cd ef gh ij kl mn op")]
    [InlineData("trie insert a b c d e f g h")]
    [InlineData("trie insert cat car cart care dog do dot search car search ca search cow")]
    [InlineData("trie insert tree trie trip tram train search tr")]
    public void No_edge_crosses_another_node_or_the_root_label(string input)
    {
        var walk = new CompiledWalkthrough(Catalog.Find("trie")!.Generate(new TopicMatcher(Catalog).Match(input)!.Input, 1).Show);
        var edgesSeen = 0;
        foreach (var t in walk.EntryEnds)
        {
            var shapes = walk.Shapes(t);
            var graph = shapes.Where(s => s.ObjectId.StartsWith("trie") && s.Opacity > 0.3).ToList();
            var circles = graph.Where(s => s.Kind == ShapeKind.Circle).ToList();
            var label = shapes.Where(s => s.ObjectId == "rootTag" && s.Kind == ShapeKind.Text && s.Opacity > 0.3).Select(s => s.Bounds).ToList();
            foreach (var line in graph.Where(s => s.Kind == ShapeKind.Line && s.Points.Count >= 2))
            {
                var (a, b) = (line.Points[0], line.Points[^1]);
                // An edge to a node just created, still under its parent before it slides down, has no length yet.
                if (Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y) < 1) continue;
                edgesSeen++;
                // The edge runs centre to centre: its ends are the circles there (a new node waiting under its parent too).
                bool AtEnd(LayoutShape c) => new[] { a, b }.Any(p => Math.Abs(c.Circle.X - p.X) + Math.Abs(c.Circle.Y - p.Y) < 1);
                foreach (var c in circles.Where(c => !AtEnd(c)))
                    Assert.True(GraphLayoutGeometryTests.DistanceToSegment((c.Circle.X, c.Circle.Y), a, b) >= c.Circle.R + 2,
                        $"{input} at {t:0.00} s: the edge ({a.X:0}, {a.Y:0})–({b.X:0}, {b.Y:0}) passes {GraphLayoutGeometryTests.DistanceToSegment((c.Circle.X, c.Circle.Y), a, b):0} px from the node at ({c.Circle.X:0}, {c.Circle.Y:0}), radius {c.Circle.R:0}");
                foreach (var box in label)
                    for (var k = 0; k <= 200; k++)
                        Assert.False(box.Contains(a.X + (b.X - a.X) * k / 200, a.Y + (b.Y - a.Y) * k / 200),
                            $"{input} at {t:0.00} s: the edge ({a.X:0}, {a.Y:0})–({b.X:0}, {b.Y:0}) crosses the root label ({box.Left:0}, {box.Top:0})–({box.Right:0}, {box.Bottom:0})");
            }
        }
        Assert.True(edgesSeen > 20, $"{input}: only {edgesSeen} edges seen");
    }
}
