using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Bubble sort with the early exit: a pass without swaps ends the sort; ascending or descending.</summary>
public sealed class BubbleSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("bubble-sort", "Bubble Sort", "Sorting",
        ["bubble sort", "bubblesort", "bubble-sort", "bubble"],
        ["bubble sort 5 1 4 2 8", "bubble sort 9 7 5 3 1"],
        "numbers separated by spaces or commas, e.g. 'bubble sort 5 1 4 2 8'");

    protected override string Subtitle => "Compare neighbours, swap them when they are out of order";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "Walk through the array comparing each pair of neighbours",
        "Swap a pair when the left value is larger",
        "After each pass the largest remaining value reaches its final place",
        "Stop when a pass makes no swaps",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Adjacent pairs are compared and swapped when out of order",
        "Each pass bubbles the largest remaining value to the end",
        "A pass without swaps means the array is sorted",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n²) worst and average, O(n) best", "Space: O(1) — sorts in place, stable"];
    protected override string IntroNarration => "Bubble sort repeatedly compares neighbouring values and swaps them when they are out of order, so large values bubble to the end.";
    protected override string RecapNarration => "Bubble sort compares neighbours and swaps them. Each pass fixes the largest remaining value. It takes quadratic time, but stops early on sorted input.";

    protected override Pseudocode Code => PseudocodeTables.BubbleSort;

    /// <summary>The same passes with the comparison turned round: the smallest value bubbles to the end.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("pass", "for pass ← 1 to n − 1"),
        ("", "  swapped ← false"),
        ("loop", "  for j ← 0 to n − 1 − pass"),
        ("compare", "    if a[j] < a[j+1]"),
        ("swap", "      swap a[j], a[j+1]; swapped ← true"),
        ("stop", "  if not swapped: stop"),
        ("place", "  a[n − pass] is in its place"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines:
        [
            "Walk through the array comparing each pair of neighbours",
            "Swap a pair when the left value is smaller (largest first)",
            "After each pass the smallest remaining value reaches its final place",
            "Stop when a pass makes no swaps",
        ],
        RecapPoints:
        [
            "Adjacent pairs are compared and swapped when out of order",
            "Each pass bubbles the smallest remaining value to the end: largest first",
            "A pass without swaps means the array is sorted",
        ]);

    protected override IReadOnlyList<string> Vars => ["pass"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("j", ArrayLesson.Yellow), new("j+1", ArrayLesson.Cyan)];

    public override void Run(ArrayTrace t)
    {
        var n = t.Length;
        for (var pass = 0; pass < n - 1; pass++)
        {
            t.At("pass");
            t.Var("pass", pass + 1);
            t.Phase($"Pass {pass + 1}");
            var swapped = false;
            for (var j = 0; j < n - 1 - pass; j++)
            {
                var (a, b) = (t[j], t[j + 1]);
                var swap = t.Before(b, a);
                t.Point("j", j);
                t.Point("j+1", j + 1);
                t.At("compare");
                t.Compare(j, j + 1, $"Compare [{j}] and [{j + 1}]: {a} {Cmp(a, b)} {b} → {(swap ? "swap" : "keep")}");
                if (!swap) continue;
                t.At("swap");
                t.Swap(j, j + 1, $"Swap {a} and {b}");
                swapped = true;
            }
            if (!swapped)
            {
                t.At("stop");
                t.Point("j", -1);
                t.Point("j+1", -1);
                t.Mark(Enumerable.Range(0, n - pass), "done", $"No swaps in pass {pass + 1} → the array is sorted");
                return;
            }
            t.At("place");
            t.Mark(n - 1 - pass, "done", $"Pass {pass + 1} done: {t[n - 1 - pass]} is in its final place");
        }
        t.Point("j", -1);
        t.Point("j+1", -1);
        t.Mark(0, "done", "Only one value left — the array is sorted");
    }
}
