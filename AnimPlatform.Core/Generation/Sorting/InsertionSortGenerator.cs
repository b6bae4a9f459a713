using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Insertion sort: each new value moves left past larger neighbours (smaller ones when descending), shown as adjacent swaps.</summary>
public sealed class InsertionSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("insertion-sort", "Insertion Sort", "Sorting",
        ["insertion sort", "insertionsort", "insertion-sort", "sort", "sorting", "sort numbers"],
        ["insertion sort 7 3 5 1 9 2", "insertion sort 4 3 2 1"],
        "numbers separated by spaces or commas, e.g. 'insertion sort 7 3 5 1'");

    protected override string Subtitle => "Grow a sorted prefix, inserting one value at a time";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "The left part of the array is kept sorted",
        "Take the next value and move it left past every larger value",
        "It stops next to the first value that is not larger",
        "Like sorting playing cards in your hand",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "A sorted prefix grows by one value per step",
        "Each new value shifts left past larger values",
        "Nearly sorted input needs very few moves",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n²) worst and average, O(n) best", "Space: O(1) — in place, stable"];
    protected override string IntroNarration => "Insertion sort builds a sorted prefix. Each new value is moved left past larger values until it fits.";
    protected override string RecapNarration => "Insertion sort inserts each value into the sorted prefix. It is quadratic in the worst case but fast on nearly sorted data.";

    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("comparing", "compare"), ("shifting", "swap"), ("sorted prefix", "left"), ("done", "done")];

    protected override Pseudocode Code => PseudocodeTables.InsertionSort;

    /// <summary>The same insertion with the comparison turned round: a new value moves left past smaller values.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("outer", "for i ← 1 to n − 1"),
        ("", "  j ← i"),
        ("compare", "  while j > 0 and a[j−1] < a[j]"),
        ("swap", "    swap a[j−1], a[j]; j ← j − 1"),
        ("sorted", "  a[0..i] is sorted"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines:
        [
            "The left part of the array is kept sorted, largest first",
            "Take the next value and move it left past every smaller value",
            "It stops next to the first value that is not smaller",
            "Like sorting playing cards in your hand",
        ],
        RecapPoints:
        [
            "A sorted prefix (largest first) grows by one value per step",
            "Each new value shifts left past smaller values",
            "Nearly sorted input needs very few moves",
        ]);

    protected override IReadOnlyList<string> Vars => ["i", "j"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow), new("j", ArrayLesson.Cyan)];

    public override void Run(ArrayTrace t)
    {
        var n = t.Length;
        t.Mark(0, "left", $"A single value [{t[0]}] is already a sorted prefix");
        for (var i = 1; i < n; i++)
        {
            t.At("outer");
            t.Var("i", i);
            t.Point("i", i);
            t.Phase($"Insert {t[i]} (index {i})");
            var j = i;
            while (j > 0)
            {
                var (a, b) = (t[j - 1], t[j]);
                var move = t.Before(b, a);
                t.Var("j", j);
                t.Point("j", j);
                t.At("compare");
                t.Compare(j - 1, j, move ? $"{a} {t.AfterSymbol} {b} → move {b} left" : $"{a} {t.NotAfterSymbol} {b} → {b} stays at index {j}");
                if (!move) break;
                t.At("swap");
                t.Swap(j - 1, j, $"Shift {a} right, {b} moves to index {j - 1}");
                j--;
                t.Var("j", j);
                t.Point("j", j);
            }
            t.At("sorted");
            t.Mark(Enumerable.Range(0, i + 1), "left", $"Sorted prefix: {string.Join(", ", Enumerable.Range(0, i + 1).Select(k => t[k]))}");
        }
        t.Point("i", -1);
        t.Point("j", -1);
        t.Mark(Enumerable.Range(0, n), "done", "Every value is inserted — the array is sorted");
    }
}
