using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Heap sort: build a max-heap in place (sift down from the last parent), then swap the root to the end and sift down.</summary>
public sealed class HeapSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("heap-sort", "Heap Sort", "Sorting",
        ["heap sort", "heap-sort"],
        ["heap sort 4 10 3 5 1 8", "heapsort 9 4 7 1 3"],
        "numbers separated by spaces or commas, e.g. 'heap sort 4 10 3 5 1'");

    protected override string Subtitle => "Build a max-heap, then move the maximum to the end";
    protected override IReadOnlyList<string> IntroLines => ["The array is a tree: children of i are 2i+1 and 2i+2"];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "A max-heap keeps the largest value at index 0",
        "Swap it to the end, shrink the heap, sift the new root down",
        "Building the heap bottom-up takes only O(n)",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n log n) in every case", "Space: O(1) — in place, not stable"];
    protected override string IntroNarration => "Heap sort turns the array into a max heap, then repeatedly moves the largest value to the end.";
    protected override string RecapNarration => "Heap sort builds a max heap and then swaps the root to the end of the shrinking heap, n log n in every case.";

    protected override Pseudocode Code => PseudocodeTables.HeapSort;

    /// <summary>The array drawn as the heap's tree above the bars.</summary>
    protected override IArrayCompanion Companion() => new HeapTreeView();
    protected override IReadOnlyList<string> Vars => ["heap size"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow), new("c", ArrayLesson.Cyan), new("end", ArrayLesson.Pink)];

    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("comparing", "compare"), ("swapping", "swap"), ("sorted", "done")];

    /// <summary>The same sort on a min-heap: the smallest value goes to the end each time, so the array ends largest first.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("build", "for i ← n/2 − 1 down to 0: siftDown(i, n)"),
        ("end", "for end ← n − 1 down to 1"),
        ("root", "  swap a[0], a[end]; siftDown(0, end)"),
        ("", "siftDown(i, size):"),
        ("children", "  c ← the smaller child of i"),
        ("compare", "  if a[c] < a[i]"),
        ("swap", "    swap a[i], a[c]; i ← c; repeat"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines: ["The array is a tree: children of i are 2i+1 and 2i+2"],
        RecapPoints:
        [
            "A min-heap keeps the smallest value at index 0",
            "Swap it to the end, shrink the heap, sift the new root down: largest first",
            "Building the heap bottom-up takes only O(n)",
        ],
        Subtitle: "Build a min-heap, then move the minimum to the end",
        IntroNarration: "Heap sort turns the array into a min heap, then repeatedly moves the smallest value to the end, so the largest values end up first.",
        RecapNarration: "Heap sort builds a min heap and then swaps the root to the end of the shrinking heap, n log n in every case.");

    public override void Run(ArrayTrace t)
    {
        var n = t.Length;
        // The root of the heap is the value that goes last: the maximum (a max-heap), or the minimum when sorting largest first.
        var (heap, root, last) = t.Descending ? ("min-heap", "minimum", "largest") : ("max-heap", "maximum", "smallest");
        t.Var("heap size", n);
        t.At("build");
        t.Phase($"Build a {heap}");
        for (var i = n / 2 - 1; i >= 0; i--)
        {
            t.At("build");
            SiftDown(t, i, n);
        }
        for (var end = n - 1; end > 0; end--)
        {
            t.At("root");
            t.Point("end", end);
            t.Point("i", -1);
            t.Point("c", -1);
            t.Phase($"Move the {root} to index {end}");
            t.Swap(0, end, $"Root {t[0]} is the {(t.Descending ? "smallest" : "largest")}: swap it with index {end}");
            t.Var("heap size", end);
            t.Mark(end, "done", $"{t[end]} is in its final place");
            SiftDown(t, 0, end);
        }
        t.Point("end", -1);
        t.Point("i", -1);
        t.Point("c", -1);
        t.Mark(0, "done", $"The last value left is the {last} — sorted");
    }

    /// <summary>Sifts a[i] down: a child that belongs above its parent (larger in a max-heap, smaller in a min-heap) moves up.</summary>
    private static void SiftDown(ArrayTrace t, int i, int size)
    {
        var higher = t.Descending ? "smaller" : "larger";
        while (true)
        {
            int l = 2 * i + 1, r = l + 1;
            if (l >= size) return;
            var c = l;
            t.Point("i", i);
            if (r < size)
            {
                t.Point("c", -1);
                t.At("children");
                var right = t.Before(t[l], t[r]);
                t.Compare(l, r, $"Children of index {i}: {t[l]} and {t[r]} → {higher} is {(right ? t[r] : t[l])}");
                if (right) c = r;
            }
            t.Point("c", c);
            t.At("compare");
            var up = t.Before(t[i], t[c]);
            t.Compare(c, i, up ? $"{t[c]} {t.AfterSymbol} parent {t[i]} → swap down" : $"{t[c]} {t.NotAfterSymbol} parent {t[i]} → heap order holds");
            if (!up) return;
            t.At("swap");
            t.Swap(i, c, $"Swap {t[i]} down, {t[c]} up");
            i = c;
        }
    }
}
