using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>Selection sort: find the minimum (largest first: the maximum) of the unsorted part and swap it to the front.</summary>
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

    /// <summary>The same passes selecting the maximum: largest first.</summary>
    private static readonly Pseudocode DescendingCode = new(
        ("outer", "for i ← 0 to n − 2"),
        ("init", "  max ← i"),
        ("loop", "  for j ← i + 1 to n − 1"),
        ("compare", "    if a[j] > a[max]"),
        ("newmin", "      max ← j"),
        ("swap", "  swap a[i], a[max]"),
        ("place", "  a[i] is in its place"));

    protected override DescendingTexts Descending { get; } = new(
        DescendingCode,
        IntroLines:
        [
            "Scan the unsorted part to find its maximum",
            "Swap the maximum to the front of the unsorted part",
            "The sorted part grows by one value each pass",
            "At most n − 1 swaps in total",
        ],
        RecapPoints:
        [
            "Each pass scans the unsorted part for its maximum",
            "One swap per pass puts the maximum in place: largest first",
            "Always the same number of comparisons, whatever the input",
        ],
        Legend: [("comparing", "compare"), ("current maximum", "pivot"), ("swapping", "swap"), ("sorted", "done")],
        Subtitle: "Select the largest remaining value, put it next in line",
        IntroNarration: "Selection sort repeatedly selects the largest remaining value and swaps it into the next position.",
        RecapNarration: "Selection sort finds the maximum of the unsorted part and swaps it forward. It always makes a quadratic number of comparisons but few swaps.",
        Vars: ["i", "max"],
        Pointers: [new("i", ArrayLesson.Yellow), new("max", ArrayLesson.Pink), new("j", ArrayLesson.Cyan)]);

    public override void Run(ArrayTrace t)
    {
        var n = t.Length;
        // The value selected each pass: the minimum, or the maximum when sorting largest first (named so in the panels).
        var (m, extreme, last) = t.Descending ? ("max", "largest", "smallest") : ("min", "smallest", "largest");
        var word = t.Descending ? "maximum" : "minimum";
        for (var i = 0; i < n - 1; i++)
        {
            t.At("outer");
            t.Var("i", i);
            t.Point("i", i);
            t.Phase($"Pass {i + 1}: {extreme} of indices {i}..{n - 1}");
            var best = i;
            t.At("init");
            t.Var(m, best);
            t.Point(m, best);
            t.Mark(best, "pivot", $"Start with {t[best]} at index {best} as the {word}");
            for (var j = i + 1; j < n; j++)
            {
                var better = t.Before(t[j], t[best]);
                t.Point("j", j);
                t.At("compare");
                t.Compare(j, best, $"{t[j]} {Cmp(t[j], t[best])} {t[best]} → {(better ? $"new {word} {t[j]}" : $"{word} stays {t[best]}")}");
                if (!better) continue;
                t.At("newmin");
                t.Mark(best, "base");
                best = j;
                t.Var(m, best);
                t.Point(m, best);
                t.Mark(best, "pivot");
            }
            t.Point("j", -1);
            t.At("swap");
            if (best != i) t.Swap(i, best, $"Swap {word} {t[best]} into index {i}");
            else t.Note($"{t[i]} is already at index {i}");
            t.Point(m, -1);
            t.At("place");
            t.Mark(i, "done", $"{t[i]} is in its final place");
        }
        t.Point("i", -1);
        t.Mark(n - 1, "done", $"The last value is the {last} — sorted");
    }
}
