using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Graphs;

namespace AnimPlatform.Tests.Generation;

/// <summary>No edge of a laid-out graph passes through (or grazes) a node that is not one of its ends.</summary>
[Trait("Category", TestCategory.Unit)]
public class GraphLayoutGeometryTests
{
    public const double NodeRadius = 34;

    public static double DistanceToSegment((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var t = Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / (dx * dx + dy * dy), 0, 1);
        var (cx, cy) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(cx * cx + cy * cy);
    }

    [Fact]
    public void Random_graphs_of_300_seeds_have_no_edge_through_a_node()
    {
        foreach (var weighted in new[] { true, false })
        for (var seed = 0; seed < 300; seed++)
        {
            var g = GraphInput.RandomGraph(seed, weighted);
            var pos = GraphLayout.Compute(g, 230, 760);
            foreach (var a in g.Nodes)
            foreach (var b in g.Nodes.Where(b => string.CompareOrdinal(a, b) < 0))
                Assert.True(Math.Sqrt(Math.Pow(pos[a].X - pos[b].X, 2) + Math.Pow(pos[a].Y - pos[b].Y, 2)) > 2 * NodeRadius + 10, $"seed {seed}: {a} and {b} overlap");
            foreach (var e in g.Edges)
            foreach (var n in g.Nodes.Where(n => n != e.From && n != e.To))
            {
                var d = DistanceToSegment(pos[n], pos[e.From], pos[e.To]);
                Assert.True(d > NodeRadius + 8, $"seed {seed}: edge {e.From}-{e.To} passes {d:0} px from {n}");
            }
        }
    }

    [Fact]
    public void The_issue_example_with_b_c_d_in_a_row_is_laid_out_without_a_crossing_node()
    {
        var g = new GraphSpec(["A", "B", "C", "D"], [new("A", "B", 1), new("A", "C", 2), new("A", "D", 3), new("B", "D", 4)], "A");
        var pos = GraphLayout.Compute(g, 230, 760);
        Assert.True(DistanceToSegment(pos["C"], pos["B"], pos["D"]) > NodeRadius + 8);
    }

    private static readonly string[] Cities = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Maastricht", "Leeuwarden12", "Hilversum", "Nijmegen", "Zaanstad", "Apeldoorn", "Haarlemmer12"];

    /// <summary>A random graph with its node names replaced by long city names (up to 12 characters).</summary>
    private static GraphSpec LongNames(int seed, bool weighted)
    {
        var g = GraphInput.RandomGraph(seed, weighted);
        var name = g.Nodes.Select((n, k) => (n, Cities[(k + seed) % Cities.Length])).ToDictionary(x => x.n, x => x.Item2);
        return new GraphSpec([.. g.Nodes.Select(n => name[n])], [.. g.Edges.Select(e => new GraphEdge(name[e.From], name[e.To], e.Weight))], name[g.Start]);
    }

    [Fact]
    public void Long_node_names_keep_edges_off_other_nodes_and_weights_off_every_node()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var g = LongNames(seed, weighted: true);
            var r = GraphScene.Radius(g);
            // The Dijkstra lesson's area (the widest nodes, weights and distance notes).
            var pos = GraphLayout.Compute(g, 206 + r, 716 - r, LessonLayout.DiagramLeft + 70 + r, LessonLayout.DiagramRight - 90 - r, GraphScene.Clearance(g));
            foreach (var e in g.Edges)
            foreach (var n in g.Nodes.Where(n => n != e.From && n != e.To))
            {
                var d = DistanceToSegment(pos[n], pos[e.From], pos[e.To]);
                Assert.True(d > r + 4, $"seed {seed}: edge {e.From}-{e.To} passes {d:0} px from {n} (radius {r})");
            }
            var spots = GraphScene.WeightSpots(g, pos);
            for (var k = 0; k < g.Edges.Count; k++)
            foreach (var n in g.Nodes)
            {
                var (dx, dy) = (spots[k].X - pos[n].X, spots[k].Y - pos[n].Y);
                var d = Math.Sqrt(dx * dx + dy * dy);
                Assert.True(d > r + 12, $"seed {seed}: the weight of {g.Edges[k].From}-{g.Edges[k].To} sits {d:0} px from {n}'s centre (radius {r})");
            }
        }
    }
}
