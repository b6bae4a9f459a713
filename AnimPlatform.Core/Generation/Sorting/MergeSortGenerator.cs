using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Top-down merge sort: split in halves, sort each, merge through an output row.</summary>
public sealed class MergeSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("merge-sort", "Merge Sort", "Sorting",
        ["merge sort", "mergesort", "merge-sort"],
        ["merge sort 38 27 43 3 9 82 10", "merge sort 5 2 4 6 1 3"],
        "numbers separated by spaces or commas, e.g. 'merge sort 38 27 43 3'");

    protected override string Subtitle => "Divide in halves, sort each half, merge them";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "Split the array into two halves until each part has one value",
        "Merge two sorted parts by repeatedly taking the smaller front value",
        "Merged parts are copied back into the array",
        "Divide and conquer: log n levels of merging",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Split until parts have a single value",
        "Merging two sorted parts takes the smaller front value each time",
        "Every level of merging costs O(n)",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n log n) in every case", "Space: O(n) extra — stable"];
    protected override string IntroNarration => "Merge sort divides the array into halves, sorts each half, and merges the sorted halves back together.";
    protected override string RecapNarration => "Merge sort splits the array, sorts the halves, and merges them by taking the smaller front value each time. It always runs in n log n time.";

    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("left half", "left"), ("right half", "right"), ("taken", "discard"), ("sorted", "done")];

    protected override string WalkthroughNarration(ArrayTrace trace) =>
        $"Let's split it{(trace.Descending ? ", to sort largest first" : "")}. Each merge compares the front values of two sorted halves and copies the {(trace.Descending ? "larger" : "smaller")} one to the output row. " +
        $"That took {Fmt.Count(trace.States.Count, "merge")} and {Fmt.Count(trace.Comparisons, "comparison")}.";

    protected override string StatsLine(ArrayTrace trace) =>
        $"Here: {trace.Comparisons} comparisons, {trace.States.Count} merges → {Fmt.List(trace.Current)}";

    protected override Pseudocode Code => PseudocodeTables.MergeSort;

    /// <summary>The same merge sort taking the larger front value: largest first.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("sort", "mergeSort(lo, hi):"),
        ("split", "  if lo < hi: mid ← (lo + hi) / 2"),
        ("recurse", "    mergeSort(lo, mid); mergeSort(mid+1, hi)"),
        ("merge", "    merge(lo, mid, hi)"),
        ("", "merge(lo, mid, hi):"),
        ("take", "  take the larger front value into out"),
        ("rest", "  copy what is left of either part"),
        ("copy", "  a[lo..hi] ← out"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines:
        [
            "Split the array into two halves until each part has one value",
            "Merge two sorted parts by repeatedly taking the larger front value",
            "Merged parts are copied back into the array, largest first",
            "Divide and conquer: log n levels of merging",
        ],
        RecapPoints:
        [
            "Split until parts have a single value",
            "Merging two sorted parts takes the larger front value each time: largest first",
            "Every level of merging costs O(n)",
        ]);

    protected override IReadOnlyList<string> Counters => [ArrayLesson.Comparisons];
    protected override IReadOnlyList<string> Vars => ["lo", "mid", "hi"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow), new("j", ArrayLesson.Cyan)];

    public override void Run(ArrayTrace t)
    {
        // The split phase first: every level of the recursion, each part written under its cells.
        t.At("split");
        t.Phase("Split: halve each part until single values remain");
        var level = new List<(int Lo, int Hi)> { (0, t.Length - 1) };
        for (var depth = 0; level.Count > 0; depth++)
        {
            foreach (var (lo, hi) in level)
                t.Split(lo, hi, depth, depth == 0 ? "The whole array is one part"
                    : $"Level {depth}: split into parts of at most {level.Max(p => p.Hi - p.Lo + 1)} values");
            level = level.Where(p => p.Lo < p.Hi)
                .SelectMany(p => new[] { (p.Lo, (p.Lo + p.Hi) / 2), ((p.Lo + p.Hi) / 2 + 1, p.Hi) }).ToList();
        }
        t.At("recurse");
        Sort(t, 0, t.Length - 1);
        t.Point("i", -1);
        t.Point("j", -1);
    }

    private static void Sort(ArrayTrace t, int lo, int hi)
    {
        if (lo >= hi) return;
        var mid = (lo + hi) / 2;
        Sort(t, lo, mid);
        Sort(t, mid + 1, hi);
        Merge(t, lo, mid, hi);
    }

    private static void Merge(ArrayTrace t, int lo, int mid, int hi)
    {
        t.At("merge");
        t.Var("lo", lo);
        t.Var("mid", mid);
        t.Var("hi", hi);
        t.Phase($"Merge [{lo}..{mid}] with [{mid + 1}..{hi}]");
        t.MergeStart(lo, mid, hi,
            $"Left {Part(t, lo, mid)} and right {Part(t, mid + 1, hi)} are each sorted");
        var output = new List<int>();
        int i = lo, j = mid + 1;
        t.At("take");
        while (i <= mid && j <= hi)
        {
            t.Point("i", i);
            t.Point("j", j);
            t.CountComparison();
            // Stable: the left value goes first unless the right one is strictly before it in the order.
            if (!t.Before(t[j], t[i]))
            {
                t.Take(i, output.Count, $"{t[i]} {t.NotAfterSymbol} {t[j]} → take {t[i]} from the left");
                output.Add(t[i++]);
            }
            else
            {
                t.Take(j, output.Count, $"{t[j]} {t.BeforeSymbol} {t[i]} → take {t[j]} from the right");
                output.Add(t[j++]);
            }
        }
        t.At("rest");
        while (i <= mid)
        {
            t.Point("i", i);
            t.Point("j", -1);
            t.Take(i, output.Count, $"Right part used up → take {t[i]}");
            output.Add(t[i++]);
        }
        while (j <= hi)
        {
            t.Point("i", -1);
            t.Point("j", j);
            t.Take(j, output.Count, $"Left part used up → take {t[j]}");
            output.Add(t[j++]);
        }
        t.Point("i", -1);
        t.Point("j", -1);
        t.At("copy");
        t.WriteBack(lo, output, $"Copy {Fmt.List(output)} back into indices {lo}..{hi}");
    }

    private static string Part(ArrayTrace t, int lo, int hi) => Fmt.List(Enumerable.Range(lo, hi - lo + 1).Select(k => t[k]));
}
