using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Sorting;
using static AnimPlatform.Tests.Generation.GenerationTestKit;

namespace AnimPlatform.Tests.Generation;

/// <summary>Each sort's trace equals an independent reference implementation, and the show replays to the sorted array.</summary>
[Trait("Category", TestCategory.Unit)]
public class SortingGeneratorTests
{
    public static readonly int[][] Inputs =
    [
        [5, 2, 9, 1, 7, 3],
        [1, 2, 3, 4, 5],
        [9, 7, 5, 3, 1, -2],
        [4, 4, 2, 2, 8, 1, 1, 0, 12, -5, 3, 3],
        [2, 1],
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var id in new[] { "bubble-sort", "insertion-sort", "selection-sort", "merge-sort", "quick-sort" })
            for (var i = 0; i < Inputs.Length; i++) data.Add(id, i);
        return data;
    }

    private static SortGeneratorBase Generator(string id) => (SortGeneratorBase)new GeneratorCatalog().Find(id)!;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trace_matches_the_reference_implementation(string id, int input)
    {
        var values = Inputs[input];
        var trace = Generator(id).Trace(values);
        var expected = Reference(id, values);
        Assert.Equal(expected.Count, trace.States.Count);
        for (var k = 0; k < expected.Count; k++) Assert.Equal(expected[k], trace.States[k]);
        Assert.Equal(values.OrderBy(v => v), trace.Current);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Show_replays_to_the_sorted_array(string id, int input)
    {
        var values = Inputs[input];
        var generated = Generate(Generator(id), string.Join(" ", values));
        var walk = Scene(generated.Show, "walkthrough");
        var history = ReplayCells(walk)["arr"];
        Assert.Equal(Strings(values), history[0]);
        Assert.Equal(Strings(values.OrderBy(v => v)), history[^1]);
        // Every state the algorithm went through appears, in order, in the replayed cells.
        var replayed = history.Skip(1).Select(h => string.Join(",", h)).ToList();
        var trace = (AnimPlatform.Core.Generation.Arrays.ArrayTrace)generated.Trace;
        var expected = trace.States.Select(s => string.Join(",", s)).ToList();
        var position = 0;
        foreach (var state in expected)
        {
            position = replayed.IndexOf(state, position);
            Assert.True(position >= 0, $"state {state} never shown");
        }
    }

    [Theory]
    [InlineData("bubble-sort")]
    [InlineData("insertion-sort")]
    [InlineData("selection-sort")]
    [InlineData("merge-sort")]
    [InlineData("quick-sort")]
    public void Show_validates_and_renders(string id)
    {
        var generated = Generate(Generator(id), "38 27 43 3 9 82 10");
        AssertValidAndRenders(generated.Show);
        Assert.Equal(["intro", "walkthrough", "outro"], ((System.Text.Json.Nodes.JsonArray)generated.Show["scenes"]!).Select(s => (string)s!["name"]!));
    }

    [Fact]
    public void Random_input_is_deterministic_and_capped()
    {
        var g = Generator("quick-sort");
        var a = g.Generate("", 7);
        var b = g.Generate("", 7);
        Assert.Equal(a.Show.ToJsonString(), b.Show.ToJsonString());
        Assert.Contains(a.Notes, n => n.Contains("random"));
        var many = g.Generate(string.Join(" ", Enumerable.Range(1, 20)), 1);
        Assert.Equal(InputCaps.MaxArray, ((AnimPlatform.Core.Generation.Arrays.ArrayTrace)many.Trace).Input.Count);
        Assert.Contains(many.Notes, n => n.Contains("first 12"));
    }

    // ---------------------------------------------------------------- references (array after each change)

    private static List<int[]> Reference(string id, int[] input)
    {
        var a = input.ToArray();
        var states = new List<int[]>();
        void Swap(int i, int j)
        {
            (a[i], a[j]) = (a[j], a[i]);
            states.Add(a.ToArray());
        }
        switch (id)
        {
            case "bubble-sort":
                for (var pass = 0; pass < a.Length - 1; pass++)
                {
                    var any = false;
                    for (var j = 0; j + 1 < a.Length - pass; j++)
                        if (a[j] > a[j + 1]) { Swap(j, j + 1); any = true; }
                    if (!any) break;
                }
                break;
            case "insertion-sort":
                for (var i = 1; i < a.Length; i++)
                    for (var j = i; j > 0 && a[j - 1] > a[j]; j--) Swap(j - 1, j);
                break;
            case "selection-sort":
                for (var i = 0; i < a.Length - 1; i++)
                {
                    var m = i;
                    for (var j = i + 1; j < a.Length; j++) if (a[j] < a[m]) m = j;
                    if (m != i) Swap(i, m);
                }
                break;
            case "quick-sort":
                void Quick(int lo, int hi)
                {
                    if (lo >= hi) return;
                    var i = lo;
                    for (var j = lo; j < hi; j++)
                        if (a[j] < a[hi]) { if (i != j) Swap(i, j); i++; }
                    if (i != hi) Swap(i, hi);
                    Quick(lo, i - 1);
                    Quick(i + 1, hi);
                }
                Quick(0, a.Length - 1);
                break;
            case "merge-sort":
                void Merge(int lo, int hi)
                {
                    if (lo >= hi) return;
                    var mid = (lo + hi) / 2;
                    Merge(lo, mid);
                    Merge(mid + 1, hi);
                    // A stable merge of two sorted runs equals a stable sort of their concatenation.
                    var sorted = a[lo..(mid + 1)].Select((v, k) => (v, k)).Concat(a[(mid + 1)..(hi + 1)].Select((v, k) => (v, k: k + 1000)))
                        .OrderBy(x => x.v).ThenBy(x => x.k).Select(x => x.v).ToArray();
                    sorted.CopyTo(a, lo);
                    states.Add(a.ToArray());
                }
                Merge(0, a.Length - 1);
                break;
        }
        return states;
    }
}
