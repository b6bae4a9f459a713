using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Graphs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The union-find lesson against a reference written from the textbook (arrays, explicit loops), on seeded random
/// operations: every result, every parent[] and rank[] after each operation, and the table and edges the show emits.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class UnionFindTraceTests
{
    /// <summary>Textbook union-find over indices 0..n-1: two-pass find with compression, union by rank, ties to the smaller index.</summary>
    private sealed class Reference(int n)
    {
        public readonly int[] Parent = Enumerable.Range(0, n).ToArray();
        public readonly int[] Rank = new int[n];

        public int Find(int x)
        {
            var r = x;
            while (Parent[r] != r) r = Parent[r];
            while (Parent[x] != r)
            {
                var next = Parent[x];
                Parent[x] = r;
                x = next;
            }
            return r;
        }

        public int? Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return null;
            int hi, lo;
            if (Rank[ra] != Rank[rb]) (hi, lo) = Rank[ra] > Rank[rb] ? (ra, rb) : (rb, ra);
            else (hi, lo) = ra < rb ? (ra, rb) : (rb, ra);
            Parent[lo] = hi;
            if (Rank[hi] == Rank[lo]) Rank[hi]++;
            return hi;
        }
    }

    private static List<UnionFindOp> RandomOps(Random r, List<string> names)
    {
        var ops = new List<UnionFindOp>();
        for (var k = r.Next(3, 15); k > 0; k--)
            ops.Add(r.Next(3) == 0 ? new UnionFindOp("find", names[r.Next(names.Count)])
                : new UnionFindOp("union", names[r.Next(names.Count)], names[r.Next(names.Count)]));
        return ops;
    }

    [Fact]
    public void Every_result_parent_and_rank_matches_the_reference()
    {
        var random = new Random(13);
        for (var run = 0; run < 200; run++)
        {
            var names = Enumerable.Range(1, random.Next(2, 11)).Select(i => run % 2 == 0 ? i.ToString() : ((char)('A' + i - 1)).ToString()).ToList();
            var ops = RandomOps(random, names);
            var elements = UnionFindInput.Order(names.Where(x => ops.Any(o => o.A == x || o.B == x)));
            var index = elements.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
            var reference = new Reference(elements.Count);
            var trace = UnionFindTrace.Run(elements, ops);
            Assert.Equal(ops.Count, trace.Results.Count);
            for (var i = 0; i < ops.Count; i++)
            {
                var op = ops[i];
                int? expected = op.Kind == "find" ? reference.Find(index[op.A]) : reference.Union(index[op.A], index[op.B!]);
                Assert.Equal(expected is { } e ? elements[e] : null, trace.Results[i].Root);
                for (var x = 0; x < elements.Count; x++)
                {
                    Assert.Equal(elements[reference.Parent[x]], trace.Results[i].Parent[elements[x]]);
                    Assert.Equal(reference.Rank[x], trace.Results[i].Rank[elements[x]]);
                }
                // The forest shown after the operation's last step is the real one.
                var last = trace.Steps.Last(s => s.Op == i);
                Assert.Equal(trace.Results[i].Parent.OrderBy(kv => kv.Key), last.Parent.OrderBy(kv => kv.Key));
            }
        }
    }

    [Theory]
    [InlineData("union 1 2 union 3 4 union 2 4 find 4 find 1")]
    [InlineData("union A B union C D union B D find D union A C")]
    [InlineData("")]
    public void The_show_s_parent_table_and_edges_end_as_the_forest(string input)
    {
        var generated = new UnionFindGenerator().Generate(input, 3);
        var trace = (UnionFindTrace)generated.Trace;
        var scene = GenerationTestKit.Scene(generated.Show, "walkthrough");
        var table = ((JsonArray)((JsonArray)scene["manifest"]!["objects"]!.AsArray().First(o => (string?)o!["id"] == "table")!["values"]!)[0]!)
            .Select(v => (string)v!).ToList();
        var edges = new HashSet<(string, string)>();
        foreach (var a in GenerationTestKit.Actions(scene))
        {
            switch ((string)a["action"]!)
            {
                case "set-grid-cell" when (int)a["cell"]![0]! == 0:
                    table[(int)a["cell"]![1]!] = (string)a["value"]!;
                    break;
                case "add-edge":
                    Assert.True(edges.Add(((string)a["edge"]![0]!, (string)a["edge"]![1]!)), "an edge is added once");
                    break;
                case "remove-edge":
                    Assert.True(edges.Remove(((string)a["edge"]![0]!, (string)a["edge"]![1]!)), "only an existing edge is removed");
                    break;
            }
        }
        var parent = trace.Results[^1].Parent;
        Assert.Equal(trace.Elements.Select(e => parent[e]), table);
        Assert.Equal(trace.Elements.Where(e => parent[e] != e).Select(e => (e, parent[e])).ToHashSet(), edges);
        var doc = ManifestPipeline.FromNode(generated.Show.DeepClone());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Assert.Empty(RendererWarnings.Find(doc));
    }

    [Theory]
    [InlineData("union 1", "needs two elements")]
    [InlineData("union 1 2 find", "needs")]
    [InlineData("1 2", "needs 'union' or 'find'")]
    [InlineData("union alpha beta", "is not an element")]
    [InlineData("union 1 2 union 3 4 union 5 6 union 7 8 union 9 10 union 11 12", "too many")]
    public void Bad_input_gets_a_clear_message(string input, string message)
    {
        var e = Assert.Throws<GeneratorInputException>(() => new UnionFindGenerator().Generate(input, 1));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Default_input_is_seeded_and_noted()
    {
        var a = new UnionFindGenerator().Generate("", 4);
        var b = new UnionFindGenerator().Generate("", 4);
        Assert.Equal(a.Show.ToJsonString(), b.Show.ToJsonString());
        Assert.Contains(a.Notes, n => n.Contains("seed 4"));
        var trace = (UnionFindTrace)a.Trace;
        Assert.True(trace.Compressions > 0 && trace.Ties > 0 && trace.UnequalUnions > 0);
    }
}
