using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Selection sort: find the minimum of the unsorted part and swap it to the front.</summary>
public sealed class SelectionSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("selection-sort", "Selection Sort", "Sorting",
        ["selection sort", "selectionsort", "selection-sort"],
        ["selection sort 64 25 12 22 11", "selection sort 3 1 2"],
        "numbers separated by spaces or commas, e.g. 'selection sort 64 25 12 22 11'");

    protected override string Subtitle => "Select the smallest remaining value, put it next in line";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "Scan the unsorted part to find its minimum",
        "Swap the minimum to the front of the unsorted part",
        "The sorted part grows by one value each pass",
        "At most n − 1 swaps in total",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Each pass scans the unsorted part for its minimum",
        "One swap per pass puts the minimum in place",
        "Always the same number of comparisons, whatever the input",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n²) in every case", "Space: O(1) — in place, not stable"];
    protected override string IntroNarration => "Selection sort repeatedly selects the smallest remaining value and swaps it into the next position.";
    protected override string RecapNarration => "Selection sort finds the minimum of the unsorted part and swaps it forward. It always makes a quadratic number of comparisons but few swaps.";

    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("comparing", "compare"), ("current minimum", "pivot"), ("swapping", "swap"), ("sorted", "done")];

    protected override Pseudocode Code => PseudocodeTables.SelectionSort;
    protected override IReadOnlyList<string> Vars => ["i", "min"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow), new("min", ArrayLesson.Pink), new("j", ArrayLesson.Cyan)];

    public override void Run(ArrayTrace t)
    {
        var n = t.Length;
        for (var i = 0; i < n - 1; i++)
        {
            t.At("outer");
            t.Var("i", i);
            t.Point("i", i);
            t.Phase($"Pass {i + 1}: smallest of indices {i}..{n - 1}");
            var min = i;
            t.At("init");
            t.Var("min", min);
            t.Point("min", min);
            t.Mark(min, "pivot", $"Start with {t[min]} at index {min} as the minimum");
            for (var j = i + 1; j < n; j++)
            {
                var smaller = t[j] < t[min];
                t.Point("j", j);
                t.At("compare");
                t.Compare(j, min, $"{t[j]} {Cmp(t[j], t[min])} {t[min]} → {(smaller ? $"new minimum {t[j]}" : "minimum stays " + t[min])}");
                if (!smaller) continue;
                t.At("newmin");
                t.Mark(min, "base");
                min = j;
                t.Var("min", min);
                t.Point("min", min);
                t.Mark(min, "pivot");
            }
            t.Point("j", -1);
            t.At("swap");
            if (min != i) t.Swap(i, min, $"Swap minimum {t[min]} into index {i}");
            else t.Note($"{t[i]} is already at index {i}");
            t.Point("min", -1);
            t.At("place");
            t.Mark(i, "done", $"{t[i]} is in its final place");
        }
        t.Point("i", -1);
        t.Mark(n - 1, "done", "The last value is the largest — sorted");
    }
}
