using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Dp;
using AnimPlatform.Core.Generation.Graphs;
using AnimPlatform.Core.Generation.Lessons;
using AnimPlatform.Core.Generation.Searching;
using AnimPlatform.Core.Generation.Sorting;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Each new topic's trace against an independent reference (written differently from the generator),
/// on seeded random inputs, plus a replay of the emitted show where the steps are cell values.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class NewTopicTraceTests
{
    private static List<int> RandomList(Random r, int n, int max = 99) => Enumerable.Range(0, n).Select(_ => r.Next(0, max + 1)).ToList();

    [Theory]
    [InlineData(typeof(HeapSortGenerator))]
    [InlineData(typeof(CountingSortGenerator))]
    [InlineData(typeof(RadixSortGenerator))]
    public void Sorts_end_sorted_and_every_emitted_state_matches_the_trace(Type type)
    {
        var generator = (SortGeneratorBase)Activator.CreateInstance(type)!;
        var random = new Random(5);
        for (var run = 0; run < 40; run++)
        {
            var values = RandomList(random, random.Next(2, 13), type == typeof(RadixSortGenerator) ? 999 : 99);
            var trace = generator.Trace(values);
            Assert.Equal(values.OrderBy(v => v), trace.Current);
            var generated = generator.Generate(string.Join(" ", values), 1);
            var replay = GenerationTestKit.ReplayCells(GenerationTestKit.Scene(generated.Show, "walkthrough"))["arr"];
            Assert.Equal(GenerationTestKit.Strings(values.OrderBy(v => v)), replay[^1]);
        }
    }

    [Fact]
    public void Heap_sort_swaps_follow_the_textbook_sift_down()
    {
        var random = new Random(9);
        for (var run = 0; run < 40; run++)
        {
            var values = RandomList(random, random.Next(2, 13));
            var expected = new List<int[]>();
            var a = values.ToArray();
            void Sift(int i, int n)
            {
                for (var largest = i; ; i = largest)
                {
                    int l = 2 * i + 1, r = l + 1;
                    if (l < n && a[l] > a[largest]) largest = l;
                    if (r < n && a[r] > a[largest]) largest = r;
                    if (largest == i) return;
                    (a[i], a[largest]) = (a[largest], a[i]);
                    expected.Add(a.ToArray());
                }
            }
            for (var i = a.Length / 2 - 1; i >= 0; i--) Sift(i, a.Length);
            for (var end = a.Length - 1; end > 0; end--)
            {
                (a[0], a[end]) = (a[end], a[0]);
                expected.Add(a.ToArray());
                Sift(0, end);
            }
            Assert.Equal(expected, new HeapSortGenerator().Trace(values).States);
        }
    }

    [Fact]
    public void Radix_sort_passes_are_stable_digit_sorts()
    {
        var random = new Random(3);
        for (var run = 0; run < 30; run++)
        {
            var values = RandomList(random, random.Next(2, 13), 9999);
            var trace = new RadixSortGenerator().Trace(values);
            var current = values.ToList();
            var place = 1;
            foreach (var state in trace.States)
            {
                var p = place;
                current = current.OrderBy(v => v / p % 10).ToList(); // LINQ OrderBy is stable
                Assert.Equal(current, state);
                place *= 10;
            }
            Assert.Equal(values.Max().ToString().Length, trace.States.Count);
        }
    }

    [Fact]
    public void Two_pointers_finds_a_pair_exactly_when_one_exists()
    {
        var random = new Random(4);
        var g = new TwoPointersGenerator();
        for (var run = 0; run < 200; run++)
        {
            var values = RandomList(random, random.Next(2, 10), 30).Distinct().OrderBy(v => v).ToList();
            if (values.Count < 2) continue;
            var target = random.Next(0, 60);
            var trace = g.Trace(values, target);
            var exists = values.SelectMany((x, i) => values.Skip(i + 1).Select(y => x + y)).Contains(target);
            Assert.Equal(exists, trace.FoundIndex >= 0);
            if (exists)
            {
                var (l, r) = TwoPointersGenerator.Pair(trace);
                Assert.Equal(target, values[l] + values[r]);
            }
        }
    }

    [Fact]
    public void Sliding_window_best_equals_brute_force()
    {
        var random = new Random(6);
        for (var run = 0; run < 100; run++)
        {
            var values = RandomList(random, random.Next(1, 13), 20);
            var k = random.Next(1, values.Count + 1);
            var trace = new SlidingWindowGenerator().Trace(values, k);
            var brute = Enumerable.Range(0, values.Count - k + 1).Max(s => values.Skip(s).Take(k).Sum());
            Assert.Equal(brute, SlidingWindowGenerator.BestSum(trace, k));
        }
    }

    private static GraphSpec RandomGraph(Random r, bool negative = false)
    {
        var n = r.Next(3, 8);
        var nodes = Enumerable.Range(0, n).Select(i => ((char)('A' + i)).ToString()).ToList();
        var edges = new List<GraphEdge>();
        for (var i = 0; i < n; i++)
        for (var j = i + 1; j < n; j++)
            if (r.NextDouble() < 0.45) edges.Add(new GraphEdge(nodes[i], nodes[j], negative ? r.Next(-3, 10) : r.Next(1, 10)));
        if (edges.Count == 0) edges.Add(new GraphEdge("A", "B", 1));
        return new GraphSpec(nodes.Where(x => edges.Any(e => e.From == x || e.To == x)).ToList(), edges, edges[0].From);
    }

    /// <summary>Minimum spanning forest weight by brute force over edge subsets is too slow; Prim-by-matrix reference instead.</summary>
    private static int ReferenceForestWeight(GraphSpec g)
    {
        var done = new HashSet<string>();
        var total = 0;
        foreach (var root in g.Nodes)
        {
            if (done.Contains(root)) continue;
            var best = g.Nodes.ToDictionary(x => x, _ => int.MaxValue);
            best[root] = 0;
            while (true)
            {
                var next = g.Nodes.Where(x => !done.Contains(x) && best[x] != int.MaxValue).OrderBy(x => best[x]).FirstOrDefault();
                if (next is null) break;
                done.Add(next);
                total += best[next];
                foreach (var e in g.Edges.Where(e => e.From == next || e.To == next))
                {
                    var o = e.From == next ? e.To : e.From;
                    if (!done.Contains(o)) best[o] = Math.Min(best[o], e.Weight);
                }
            }
        }
        return total;
    }

    [Fact]
    public void Kruskal_and_prim_build_minimum_spanning_trees()
    {
        var random = new Random(11);
        for (var run = 0; run < 100; run++)
        {
            var g = RandomGraph(random);
            var kruskal = KruskalGenerator.Run(g);
            Assert.Equal(ReferenceForestWeight(g), kruskal.Total);
            Assert.Equal(kruskal.Tree.Sum(e => e.Weight), kruskal.Total);
            var components = Components(g);
            Assert.Equal(g.Nodes.Count - components, kruskal.Tree.Count);
            var prim = PrimGenerator.Run(g);
            var reach = Reachable(g, g.Start);
            Assert.Equal(reach.Count - 1, prim.Tree.Count);
            Assert.Equal(ReferenceForestWeight(new GraphSpec(reach.ToList(), g.Edges.Where(e => reach.Contains(e.From)).ToList(), g.Start)), prim.Total);
        }
    }

    private static HashSet<string> Reachable(GraphSpec g, string s)
    {
        var seen = new HashSet<string> { s };
        var stack = new Stack<string>([s]);
        while (stack.Count > 0)
            foreach (var (v, _) in g.Neighbours(stack.Pop()))
                if (seen.Add(v)) stack.Push(v);
        return seen;
    }

    private static int Components(GraphSpec g)
    {
        var seen = new HashSet<string>();
        var count = 0;
        foreach (var n in g.Nodes)
            if (!seen.Contains(n))
            {
                count++;
                seen.UnionWith(Reachable(g, n));
            }
        return count;
    }

    [Fact]
    public void Bellman_ford_matches_exhaustive_relaxation_and_finds_negative_cycles()
    {
        var random = new Random(12);
        for (var run = 0; run < 150; run++)
        {
            var g = RandomGraph(random, negative: true);
            var trace = BellmanFordGenerator.Run(g);
            // Reference: relax |V| + 1 full rounds with long arithmetic; a change in the last round means a negative cycle.
            var d = g.Nodes.ToDictionary(n => n, _ => long.MaxValue);
            d[g.Start] = 0;
            var changedLast = false;
            for (var round = 0; round <= g.Nodes.Count; round++)
            {
                changedLast = false;
                foreach (var e in g.Edges)
                    if (d[e.From] != long.MaxValue && d[e.From] + e.Weight < d[e.To])
                    {
                        d[e.To] = d[e.From] + e.Weight;
                        changedLast = true;
                    }
            }
            Assert.Equal(changedLast, trace.NegativeCycle);
            if (!changedLast)
                foreach (var n in g.Nodes)
                    Assert.Equal(d[n] == long.MaxValue ? BellmanFordGenerator.Infinity : (int)d[n], trace.Distance[n]);
        }
    }

    [Fact]
    public void Floyd_warshall_equals_dijkstra_from_every_node()
    {
        var random = new Random(13);
        for (var run = 0; run < 60; run++)
        {
            var g = RandomGraph(random);
            var trace = FloydWarshallGenerator.Run(g);
            for (var i = 0; i < g.Nodes.Count; i++)
            {
                var dj = DijkstraGenerator.Run(new GraphSpec(g.Nodes, g.Edges, g.Nodes[i]));
                for (var j = 0; j < g.Nodes.Count; j++)
                {
                    var expected = dj.Distance[g.Nodes[j]];
                    Assert.Equal(expected == DijkstraGenerator.Infinity ? FloydWarshallGenerator.Infinity : expected, trace.Distance[i, j]);
                }
            }
        }
    }

    [Fact]
    public void Topological_orders_respect_every_edge_or_report_the_cycle()
    {
        var random = new Random(14);
        for (var run = 0; run < 150; run++)
        {
            var n = random.Next(2, 8);
            var nodes = Enumerable.Range(0, n).Select(i => ((char)('A' + i)).ToString()).ToList();
            var edges = new List<GraphEdge>();
            for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j && random.NextDouble() < (run % 3 == 0 ? 0.25 : 0.2) && (run % 3 == 0 || i < j) && !edges.Any(e => e.From == nodes[j] && e.To == nodes[i]))
                    edges.Add(new GraphEdge(nodes[i], nodes[j], 1));
            if (edges.Count == 0) continue;
            var used = nodes.Where(x => edges.Any(e => e.From == x || e.To == x)).ToList();
            var g = new GraphSpec(used, edges, used[0]);
            var hasCycle = HasCycle(g);
            foreach (var trace in new[] { TopologicalSortGenerator.Kahn(g), TopologicalSortGenerator.Dfs(g) })
            {
                Assert.Equal(hasCycle, trace.Cycle);
                if (hasCycle) continue;
                Assert.Equal(used.OrderBy(x => x), trace.Order.OrderBy(x => x));
                foreach (var e in edges) Assert.True(trace.Order.ToList().IndexOf(e.From) < trace.Order.ToList().IndexOf(e.To), $"{e.From}->{e.To}");
            }
        }
    }

    /// <summary>Reference: a directed graph has a cycle iff repeatedly deleting sinks cannot empty it.</summary>
    private static bool HasCycle(GraphSpec g)
    {
        var nodes = g.Nodes.ToHashSet();
        var edges = g.Edges.ToList();
        while (true)
        {
            var sink = nodes.FirstOrDefault(x => !edges.Any(e => e.From == x));
            if (sink is null) return nodes.Count > 0;
            nodes.Remove(sink);
            edges.RemoveAll(e => e.To == sink);
        }
    }

    private static string RandomWord(Random r, int max) => new(Enumerable.Range(0, r.Next(1, max + 1)).Select(_ => "ABCD"[r.Next(4)]).ToArray());

    private static int ReferenceLcs(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0
        : a[^1] == b[^1] ? ReferenceLcs(a[..^1], b[..^1]) + 1
        : Math.Max(ReferenceLcs(a[..^1], b), ReferenceLcs(a, b[..^1]));

    private static bool IsSubsequence(string s, string of)
    {
        var k = 0;
        foreach (var c in of) if (k < s.Length && s[k] == c) k++;
        return k == s.Length;
    }

    [Fact]
    public void Lcs_length_and_string_are_right()
    {
        var random = new Random(15);
        for (var run = 0; run < 80; run++)
        {
            var (a, b) = (RandomWord(random, 7), RandomWord(random, 7));
            var trace = LcsGenerator.Run(a, b);
            Assert.Equal(ReferenceLcs(a, b), trace.Lcs.Length);
            Assert.True(IsSubsequence(trace.Lcs, a) && IsSubsequence(trace.Lcs, b));
        }
        Assert.Equal(4, LcsGenerator.Run("ABCBDAB", "BDCABA").Lcs.Length);
    }

    private static int ReferenceEdit(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        return Math.Min(Math.Min(ReferenceEdit(a[1..], b) + 1, ReferenceEdit(a, b[1..]) + 1), ReferenceEdit(a[1..], b[1..]) + (a[0] == b[0] ? 0 : 1));
    }

    [Fact]
    public void Edit_distance_and_its_edit_script_are_right()
    {
        var random = new Random(16);
        for (var run = 0; run < 60; run++)
        {
            var (a, b) = (RandomWord(random, 6), RandomWord(random, 6));
            var trace = EditDistanceGenerator.Run(a, b);
            Assert.Equal(ReferenceEdit(a, b), trace.Distance);
            Assert.Equal(trace.Distance, trace.Edits.Count(e => !e.StartsWith("keep")));
            // Applying the script to a gives b.
            var output = "";
            var k = 0;
            foreach (var e in trace.Edits)
            {
                var parts = e.Split(' ');
                switch (parts[0])
                {
                    case "keep": output += a[k++]; break;
                    case "replace": output += parts[3]; k++; break;
                    case "delete": k++; break;
                    case "insert": output += parts[1]; break;
                }
            }
            Assert.Equal(b, output);
        }
        Assert.Equal(3, EditDistanceGenerator.Run("kitten", "sitting").Distance);
    }

    [Fact]
    public void Knapsack_best_equals_brute_force_over_subsets()
    {
        var random = new Random(17);
        for (var run = 0; run < 80; run++)
        {
            var items = Enumerable.Range(0, random.Next(1, 7)).Select(_ => new KnapsackGenerator.Item(random.Next(1, 8), random.Next(0, 20))).ToList();
            var cap = random.Next(1, 11);
            var trace = KnapsackGenerator.Run(items, cap);
            var brute = Enumerable.Range(0, 1 << items.Count)
                .Select(mask => items.Where((_, i) => (mask >> i & 1) == 1).ToList())
                .Where(s => s.Sum(i => i.Weight) <= cap).Max(s => s.Sum(i => i.Value));
            Assert.Equal(brute, trace.Best);
            Assert.Equal(trace.Best, trace.Taken.Sum(i => items[i - 1].Value));
            Assert.True(trace.Taken.Sum(i => items[i - 1].Weight) <= cap);
        }
    }

    [Fact]
    public void Fibonacci_memo_makes_2n_minus_1_calls_and_the_right_value()
    {
        long a = 0, b = 1;
        for (var n = 1; n <= FibonacciGenerator.MaxN; n++)
        {
            (a, b) = (b, a + b);
            var trace = FibonacciGenerator.Run(n);
            Assert.Equal(a, trace.Value);
            Assert.Equal(2 * n - 1, trace.CallOrder.Count);
            Assert.True(trace.NaiveCalls >= trace.CallOrder.Count);
        }
        Assert.Equal(41, FibonacciGenerator.NaiveCalls(7));
    }

    [Fact]
    public void N_queens_solution_is_valid_and_first_in_lexicographic_order()
    {
        for (var n = 4; n <= NQueensGenerator.MaxN; n++)
        {
            var trace = NQueensGenerator.Run(n);
            var all = Permutations(Enumerable.Range(0, n).ToList())
                .Where(p => Enumerable.Range(0, n).All(i => Enumerable.Range(i + 1, n - i - 1).All(j => Math.Abs(p[i] - p[j]) != j - i)))
                .Select(p => string.Join(",", p)).OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.Equal(all[0], string.Join(",", trace.Solution!));
        }
    }

    private static IEnumerable<List<int>> Permutations(List<int> items) =>
        items.Count == 0 ? [[]] : items.SelectMany(x => Permutations(items.Where(y => y != x).ToList()).Select(p => p.Prepend(x).ToList()));

    [Fact]
    public void Traversals_match_reference_orders()
    {
        var tree = new BinarySearchTree();
        foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80 }) tree.Insert(v);
        var trace = TraversalGenerator.Run(tree, TraversalGenerator.Orders);
        Assert.Equal([50, 30, 20, 40, 70, 60, 80], trace.Orders["preorder"]);
        Assert.Equal([20, 30, 40, 50, 60, 70, 80], trace.Orders["inorder"]);
        Assert.Equal([20, 40, 30, 60, 80, 70, 50], trace.Orders["postorder"]);
        Assert.Equal([50, 30, 70, 20, 40, 60, 80], trace.Orders["level order"]);
        var random = new Random(18);
        for (var run = 0; run < 30; run++)
        {
            var t = new BinarySearchTree();
            foreach (var v in RandomList(random, 8).Distinct()) t.Insert(v);
            Assert.Equal(t.InOrder(), TraversalGenerator.Order(t, "inorder"));
            var visited = TraversalGenerator.Run(t, ["postorder"]).Beats.SelectMany(b => b.Changes).OfType<NodeColor>().Where(c => c.Color == "visited").Select(c => c.Node);
            Assert.Equal(TraversalGenerator.Order(t, "postorder").Select(v => new BstNode(v).Id), visited);
        }
    }

    [Fact]
    public void Max_heap_keeps_the_maximum_on_top()
    {
        var random = new Random(19);
        for (var run = 0; run < 50; run++)
        {
            var values = RandomList(random, random.Next(1, 12));
            var heap = new MinHeap(max: true);
            foreach (var v in values) heap.Insert(v);
            Assert.True(MinHeap.IsHeap(heap.Items, max: true));
            var extracted = new List<int>();
            while (heap.Count > 0) extracted.Add(heap.ExtractMin()!.Value);
            Assert.Equal(values.OrderByDescending(v => v), extracted);
        }
    }

    [Fact]
    public void Table_steps_emitted_in_the_show_match_the_trace()
    {
        var generated = new LcsGenerator().Generate("ABCBDAB and BDCABA", 1);
        var trace = (LcsGenerator.Trace)generated.Trace;
        var walk = GenerationTestKit.Scene(generated.Show, "walkthrough");
        var cells = new Dictionary<string, string>();
        foreach (var a in GenerationTestKit.Actions(walk))
            if ((string?)a["action"] == "set-text" && ((string)a["target"]!).StartsWith('c')) cells[(string)a["target"]!] = (string)a["value"]!;
        for (var i = 1; i <= 7; i++)
        for (var j = 1; j <= 6; j++)
            Assert.Equal(trace.Table[i, j].ToString(), cells[TableLesson.CellId(i, j)]);
    }
}
