using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>Binary search on a sorted array (unsorted input is sorted first, and the note says so).</summary>
public sealed class BinarySearchGenerator : SearchGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("binary-search", "Binary Search", "Searching",
        ["binary search", "binary-search", "binarysearch", "bisection"],
        ["binary search 23 in 2 5 8 12 16 23 38 56 72 91", "binary search for 4 in 1 3 5 7 9"],
        "a target and a list, e.g. 'binary search 23 in 2 5 8 12 16 23 38'");

    protected override string Subtitle => "Halve the search range at every step";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "The array must be sorted",
        "Look at the middle of the range",
        "Target smaller → keep the left half; larger → keep the right half",
        "Stop when the middle is the target, or the range is empty",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Works only on sorted data",
        "Each comparison discards half of the remaining range",
        "At most ⌊log₂ n⌋ + 1 comparisons",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(log n)", "Space: O(1) iterative"];
    protected override string IntroNarration => "Binary search finds a value in a sorted array by repeatedly halving the range that could contain it.";
    protected override string RecapNarration => "Binary search compares with the middle value and discards half the range each time, so it needs only logarithmic time.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("middle", "compare"), ("discarded", "discard"), ("found", "found")];

    protected override List<int> Prepare(List<int> values, List<string> notes)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (!sorted.SequenceEqual(values)) notes.Add($"binary search needs sorted input: the list was sorted to {Fmt.List(sorted)}");
        return sorted;
    }

    protected override Pseudocode Code => PseudocodeTables.BinarySearch;
    protected override IReadOnlyList<string> Vars => ["target", "lo", "mid", "hi"];
    protected override IReadOnlyList<PointerSpec> Pointers =>
        [new("lo", ArrayLesson.Cyan), new("mid", ArrayLesson.Yellow), new("hi", ArrayLesson.Pink)];

    public override void Run(ArrayTrace t, int target)
    {
        t.Var("target", target);
        int lo = 0, hi = t.Length - 1;
        t.At("init");
        t.Var("lo", lo);
        t.Var("hi", hi);
        t.Point("lo", lo);
        t.Point("hi", hi);
        t.Phase($"Binary search for {target}");
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            t.At("mid");
            t.Var("mid", mid);
            t.Point("mid", mid);
            var v = t[mid];
            t.At(v == target ? "found" : v < target ? "right" : "left");
            var caption = v == target ? $"Middle [{mid}] = {v} = {target} → found!"
                : v < target ? $"Middle [{mid}] = {v} < {target} → keep the right half"
                : $"Middle [{mid}] = {v} > {target} → keep the left half";
            t.Compare(mid, -1, caption);
            if (v == target)
            {
                t.FoundIndex = mid;
                t.Mark(mid, "found", $"Found {target} at index {mid} after {Fmt.Count(t.Comparisons, "comparison")}");
                return;
            }
            if (v < target)
            {
                t.Mark(Enumerable.Range(lo, mid - lo + 1), "discard");
                lo = mid + 1;
                t.Var("lo", lo);
                t.Point("lo", lo);
            }
            else
            {
                t.Mark(Enumerable.Range(mid, hi - mid + 1), "discard");
                hi = mid - 1;
                t.Var("hi", hi);
                t.Point("hi", hi);
            }
            t.Point("mid", -1);
        }
        t.At("notfound");
        t.Point("lo", -1);
        t.Point("hi", -1);
        t.Note($"low > high: the range is empty — {target} is not in the array");
    }
}
