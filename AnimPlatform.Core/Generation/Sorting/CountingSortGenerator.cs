using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Counting sort for small non-negative integers: count each value, then write the values back in order.</summary>
public sealed class CountingSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("counting-sort", "Counting Sort", "Sorting",
        ["counting sort", "count sort", "counting-sort"],
        ["counting sort 4 2 2 8 3 3 1", "counting sort 1 0 3 1 3 1"],
        "non-negative numbers up to 99, e.g. 'counting sort 4 2 2 8 3 3 1'");

    protected override string Subtitle => "Count how often each value occurs — no comparisons";
    protected override IReadOnlyList<string> IntroLines => ["Works for small whole numbers: one counter per possible value"];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Count each value, then output every value as often as it was counted",
        "No two values are ever compared",
        "Fast when the range of values k is small",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n + k) for values 0..k", "Space: O(k) counters (stable with prefix sums)"];
    protected override string IntroNarration => "Counting sort counts how many times each value occurs and then writes the values back in order.";
    protected override string RecapNarration => "Counting sort never compares values. It counts them and writes them back, in time linear in n plus the range of values.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend => [("counting", "compare"), ("sorted", "done")];

    protected override Pseudocode Code => PseudocodeTables.CountingSort;
    protected override IReadOnlyList<string> Counters => [];
    protected override IReadOnlyList<string> Vars => ["v", "count[v]"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow)];

    public override void Run(ArrayTrace t)
    {
        if (t.Current.Any(v => v < 0 || v > 99))
            throw new GeneratorInputException("numbers", "counting sort needs whole numbers from 0 to 99 (one counter per value)");
        var counts = new SortedDictionary<int, int>();
        t.At("count");
        t.Phase("Count each value");
        for (var i = 0; i < t.Length; i++)
        {
            counts[t[i]] = counts.GetValueOrDefault(t[i]) + 1;
            t.Point("i", i);
            t.Var("v", t[i]);
            t.Var("count[v]", counts[t[i]]);
            t.Info("counts: " + string.Join("  ", counts.Select(kv => $"{kv.Key}×{kv.Value}")));
            t.Compare(i, -1, $"{t[i]} → count[{t[i]}] = {counts[t[i]]}");
        }
        t.Point("i", -1);
        t.At("write");
        t.Phase("Write the values back in order");
        var output = counts.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        t.WriteBack(0, output, "Each value " + string.Join(", ", counts.Select(kv => $"{kv.Key} ×{kv.Value}")));
        t.Mark(Enumerable.Range(0, t.Length), "done", "Sorted without a single comparison");
    }
}
