using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Quick sort with the Lomuto partition (last element as pivot), ascending or descending.</summary>
public sealed class QuickSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("quick-sort", "Quick Sort", "Sorting",
        ["quick sort", "quicksort", "quick-sort"],
        ["quick sort 5 2 9 1 7 3", "quicksort 10 80 30 90 40 50 70"],
        "numbers separated by spaces or commas, e.g. 'quick sort 5 2 9 1'");

    protected override string Subtitle => "Partition around a pivot, then sort each side";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "Pick a pivot (here: the last value of the range)",
        "Move every value smaller than the pivot to its left",
        "The pivot lands in its final place",
        "Repeat on the left and right parts",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Partitioning puts the pivot in its final place",
        "Smaller values go left, the rest go right",
        "The two sides are sorted recursively",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n log n) average, O(n²) worst", "Space: O(log n) stack — in place, not stable"];
    protected override string IntroNarration => "Quick sort picks a pivot, partitions the values around it, and then sorts each side recursively.";
    protected override string RecapNarration => "Quick sort partitions around a pivot, which lands in its final position, then recurses on both sides. It averages n log n time.";

    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("comparing", "compare"), ("pivot", "pivot"), ("< pivot", "left"), ("≥ pivot", "right"), ("sorted", "done"), ("other ranges", "discard")];

    protected override Pseudocode Code => PseudocodeTables.QuickSort;

    /// <summary>The same partition with the comparison turned round: larger values go left of the pivot.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("sort", "quickSort(lo, hi):"),
        ("base", "  if lo ≥ hi: return"),
        ("pivot", "  pivot ← a[hi]; i ← lo"),
        ("loop", "  for j ← lo to hi − 1"),
        ("compare", "    if a[j] > pivot"),
        ("swap", "      swap a[i], a[j]; i ← i + 1"),
        ("place", "  swap a[i], a[hi]"),
        ("recurse", "  quickSort(lo, i−1); quickSort(i+1, hi)"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines:
        [
            "Pick a pivot (here: the last value of the range)",
            "Move every value larger than the pivot to its left",
            "The pivot lands in its final place",
            "Repeat on the left and right parts: largest first",
        ],
        RecapPoints:
        [
            "Partitioning puts the pivot in its final place",
            "Larger values go left, the rest go right: largest first",
            "The two sides are sorted recursively",
        ],
        Legend: [("comparing", "compare"), ("pivot", "pivot"), ("> pivot", "left"), ("≤ pivot", "right"), ("sorted", "done"), ("other ranges", "discard")]);

    protected override IReadOnlyList<string> Vars => ["lo", "hi", "pivot"];
    protected override IReadOnlyList<PointerSpec> Pointers =>
        [new("pivot", ArrayLesson.Pink), new("i", ArrayLesson.Yellow), new("j", ArrayLesson.Cyan)];

    private readonly HashSet<int> _done = [];

    public override void Run(ArrayTrace t)
    {
        _done.Clear();
        Sort(t, 0, t.Length - 1);
        t.Mark(Enumerable.Range(0, t.Length), "done", "All ranges are done — the array is sorted");
    }

    private void Sort(ArrayTrace t, int lo, int hi)
    {
        if (lo > hi) return;
        t.At("sort");
        t.Var("lo", lo);
        t.Var("hi", hi);
        if (lo == hi)
        {
            _done.Add(lo);
            t.At("base");
            t.Mark(lo, "done", $"Range [{lo}..{hi}] has one value: {t[lo]} is in place");
            return;
        }
        var p = Partition(t, lo, hi);
        t.At("recurse");
        Sort(t, lo, p - 1);
        Sort(t, p + 1, hi);
    }

    /// <summary>Lomuto partition; the regions stay coloured: lo..i−1 before the pivot in the order (smaller, or larger when descending), i..j−1 not before it, j.. not yet seen.</summary>
    private int Partition(ArrayTrace t, int lo, int hi)
    {
        t.Phase($"Partition indices {lo}..{hi}");
        var outside = Enumerable.Range(0, t.Length).Where(k => (k < lo || k > hi) && !_done.Contains(k)).ToList();
        if (outside.Count > 0) t.Mark(outside, "discard");
        t.Mark(Enumerable.Range(lo, hi - lo), "base");
        var pivot = t[hi];
        t.At("pivot");
        t.Var("pivot", pivot);
        t.Point("pivot", hi);
        t.Point("i", lo);
        var beforeWord = t.Descending ? "larger" : "smaller";
        t.Mark(hi, "pivot", $"Pivot = {pivot} (last value of the range); i marks where the next {beforeWord} value goes");
        var i = lo;
        for (var j = lo; j < hi; j++)
        {
            var goesLeft = t.Before(t[j], pivot);
            t.Point("j", j);
            t.At("compare");
            t.Compare(j, hi, goesLeft ? $"{t[j]} {t.BeforeSymbol} {pivot} → belongs left of the pivot" : $"{t[j]} {t.NotBeforeSymbol} {pivot} → stays right");
            if (!goesLeft)
            {
                t.Mark(j, "right");
                continue;
            }
            t.At("swap");
            if (i != j) t.Swap(i, j, $"Swap {t[i]} and {t[j]}: move {t[j]} to index {i}");
            t.Mark(i, "left");
            i++;
            t.Point("i", i);
        }
        t.Point("j", -1);
        t.At("place");
        if (i != hi) t.Swap(i, hi, $"Put pivot {pivot} at index {i}");
        t.Point("pivot", i);
        _done.Add(i);
        t.Mark(i, "done", $"Pivot {pivot} is in its final place (index {i}): {beforeWord} values left, the rest right");
        t.Point("pivot", -1);
        t.Point("i", -1);
        return i;
    }
}
