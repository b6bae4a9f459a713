using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The trie lesson's legend and its "node" pointer. Every legend colour is told apart from every other (CIE76 ΔE of at
/// least 25 in Lab, as drawn) and reads on the background (contrast at least 3:1), and the word-end ring is drawn in
/// the colour its legend entry names. Read off the compiled walkthrough after every entry and in the middle of each
/// one, the pointer's tag never covers a node circle or crosses an edge of the trie on screen.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TrieLegendAndPointerTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Inputs() =>
    [
        "trie insert cat car cart care dog do dot search car search ca search cow",
        "trie insert abcdefg abcdefa search abcdefg search abc search abd",
        "prefix tree tea ten to search te search tea insert tea",
        "trie insert a ab abc abcd abcde abcdef",
        "trie insert trip tram train search tr",
        // "r" has edges on all four sides (from "t", to "e" below, to "a" and "i" beside it): its tag stands on a corner.
        "trie insert tree trip tram train search tr",
        "trie insert ab cd ef gh ij kl mn op",
        "trie",
    ];

    private static (double L, double A, double B) Lab(string hex)
    {
        double Lin(int i)
        {
            var v = int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber) / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        var (r, g, b) = (Lin(1), Lin(3), Lin(5));
        var x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        var y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        var z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static double DeltaE(string a, string b)
    {
        var (p, q) = (Lab(a), Lab(b));
        return Math.Sqrt(Math.Pow(p.L - q.L, 2) + Math.Pow(p.A - q.A, 2) + Math.Pow(p.B - q.B, 2));
    }

    [Fact]
    public void Every_legend_colour_is_distinct_and_reads_on_the_background_and_the_ring_has_its_colour()
    {
        var show = Catalog.Find("trie")!.Generate("trie insert cat car cart search car", 1).Show;
        var scene = GenerationTestKit.Scene(show, "walkthrough");
        var legend = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!)
            .Where(o => ((string)o["id"]!).StartsWith("legend")).Select(o => ((string)o["content"]!, (string)o["style"]!["color"]!)).ToList();
        Assert.True(legend.Count >= 4, $"only {legend.Count} legend entries");
        foreach (var (label, color) in legend)
            Assert.True(ReadableColors.Contrast(color, Theme.Background) >= 3, $"legend \"{label}\" {color}: contrast {ReadableColors.Contrast(color, Theme.Background):0.0}:1 on the background");
        for (var i = 0; i < legend.Count; i++)
        for (var j = i + 1; j < legend.Count; j++)
        {
            var d = DeltaE(legend[i].Item2, legend[j].Item2);
            Assert.True(d >= 25, $"legend \"{legend[i].Item1}\" {legend[i].Item2} and \"{legend[j].Item1}\" {legend[j].Item2} differ by ΔE {d:0} only");
        }
        // The word-end ring: the stroke a word's last node takes is the colour its legend entry is a tint of.
        var ring = GenerationTestKit.Actions(scene).Where(a => (string?)a["action"] == "set-style" && a["style"]?["nodeStroke"] is not null
            && a["style"]!["lineWidth"] is { } lw && (double)lw >= 5).Select(a => (string)a["style"]!["nodeStroke"]!).Distinct().ToList();
        var entry = legend.Single(l => l.Item1.Contains("word ends")).Item2;
        var single = Assert.Single(ring);
        Assert.Equal(entry, ReadableColors.Lighten(single, Theme.Background));
    }

    private static bool SegmentTouches((double X, double Y) a, (double X, double Y) b, Rect box)
    {
        var steps = (int)Math.Ceiling(Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y)) / 1.5) + 1;
        for (var k = 0; k <= steps; k++)
        {
            var f = (double)k / steps;
            if (box.Contains(a.X + (b.X - a.X) * f, a.Y + (b.Y - a.Y) * f)) return true;
        }
        return false;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_pointer_tag_never_covers_a_node_or_crosses_an_edge(string input)
    {
        var show = Catalog.Find("trie")!.Generate(input.StartsWith("trie ") || input.StartsWith("prefix tree") ? new TopicMatcher(Catalog).Match(input)!.Input : "", 3).Show;
        var walk = new CompiledWalkthrough(show);
        Assert.Empty(walk.Warnings);
        var seen = 0;
        // After every entry and in the middle of each (the pointer on its way from node to node).
        foreach (var t in walk.EndsAndMiddles)
        {
            var shapes = walk.Shapes(t);
            var tags = shapes.Where(s => s.ObjectId.StartsWith("ptr_node") && s.Kind == ShapeKind.Fill && s.Opacity > 0.3).ToList();
            var graph = shapes.Where(s => s.ObjectId.StartsWith("trie") && s.Opacity > 0.3).ToList();
            foreach (var tag in tags)
            {
                seen++;
                foreach (var c in graph.Where(s => s.Kind == ShapeKind.Circle))
                {
                    var dx = c.Circle.X - Math.Clamp(c.Circle.X, tag.Bounds.Left, tag.Bounds.Right);
                    var dy = c.Circle.Y - Math.Clamp(c.Circle.Y, tag.Bounds.Top, tag.Bounds.Bottom);
                    Assert.True(dx * dx + dy * dy >= c.Circle.R * c.Circle.R,
                        $"{input} at {t:0.00} s: the pointer tag at ({tag.Bounds.Left:0}, {tag.Bounds.Top:0})–({tag.Bounds.Right:0}, {tag.Bounds.Bottom:0}) covers the node at ({c.Circle.X:0}, {c.Circle.Y:0})");
                }
                foreach (var line in graph.Where(s => s.Kind == ShapeKind.Line))
                    for (var k = 0; k + 1 < line.Points.Count; k++)
                        Assert.False(SegmentTouches(line.Points[k], line.Points[k + 1], tag.Bounds),
                            $"{input} at {t:0.00} s: the pointer tag {tag.ObjectId} at ({tag.Bounds.Left:0}, {tag.Bounds.Top:0})–({tag.Bounds.Right:0}, {tag.Bounds.Bottom:0}) crosses the edge ({line.Points[0].X:0}, {line.Points[0].Y:0})–({line.Points[^1].X:0}, {line.Points[^1].Y:0})");
            }
        }
        Assert.True(seen > 10, $"{input}: the pointer was seen only {seen} times");
    }
}
