using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// <see cref="DiagramSpanTests"/>' rule for the tree lessons (AVL, binary heap, heap sort's tree, trie): over several
/// random inputs, the widest tree the walkthrough draws (one tree or graph object, its nodes where they are declared
/// and where they are moved) spans at least half the 1920 px frame and stays left of the panel column.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TreeDiagramSpanTests
{
    private static readonly GeneratorCatalog Catalog = new();

    [Theory]
    [InlineData("avl")]
    [InlineData("binary-heap")]
    [InlineData("heap-sort")]
    [InlineData("trie")]
    public void The_widest_tree_spans_at_least_half_the_frame_width(string id)
    {
        var generator = Catalog.Find(id)!;
        for (var seed = 1; seed <= 8; seed++)
        {
            // Node boxes are "object/node" (declared) or "move object/node" (a move's target); the array grid is left out.
            var nodes = TreeLessonPanelTests.Boxes(generator.Generate("", seed).Show).Where(b => b.What.Contains('/'))
                .GroupBy(b => b.What.Replace("move ", "").Split('/')[0]).ToList();
            Assert.True(nodes.Count > 0, $"{id} seed {seed}: no tree drawn");
            var widest = nodes.MaxBy(g => g.Max(b => b.R) - g.Min(b => b.L))!;
            var (left, right) = (widest.Min(b => b.L), widest.Max(b => b.R));
            Assert.True(right - left >= 960, $"{id} seed {seed}: the widest tree ({widest.Key}) spans x {left:0}–{right:0} ({right - left:0} px), under half of 1920");
            Assert.True(left >= 0 && right <= LessonLayout.PanelLeft, $"{id} seed {seed}: {widest.Key} spans x {left:0}–{right:0}, outside 0–{LessonLayout.PanelLeft}");
        }
    }
}
