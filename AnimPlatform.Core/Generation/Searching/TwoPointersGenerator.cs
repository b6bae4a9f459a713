using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>Two pointers on a sorted array: find a pair with a given sum by moving the left or the right end inwards.</summary>
public sealed class TwoPointersGenerator : SearchGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("two-pointers", "Two Pointers", "Searching",
        ["two pointers", "two pointer", "pair sum", "two sum", "2 sum"],
        ["two pointers sum 10 in 1 2 4 6 8 9", "pair sum 15 in 2 3 5 7 11 13"],
        "a target sum and a list, e.g. 'two pointers sum 10 in 1 2 4 6 8 9'");

    protected override string Subtitle => "One index at each end, moving towards each other";
    protected override IReadOnlyList<string> IntroLines => ["On sorted data, a too-small sum moves the left end right, a too-large one the right end left"];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Sorted data tells which end to move",
        "Each step discards one value for good",
        "n steps instead of checking all n² pairs",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n) after sorting", "Space: O(1)"];
    protected override string IntroNarration => "The two pointers technique finds a pair with a given sum in a sorted array by moving one of two indices inwards at each step.";
    protected override string RecapNarration => "With two pointers, every step rules out one value, so a sorted array needs only a linear scan.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("left and right", "compare"), ("ruled out", "discard"), ("pair found", "found")];

    /// <summary>The pair's indices in a finished trace (the cells marked found), or (-1, -1).</summary>
    public static (int Left, int Right) Pair(ArrayTrace trace) =>
        trace.Events.LastOrDefault(e => e is { Kind: ArrayEventKind.Mark, Color: "found" })?.Indices is [var l, var r] ? (l, r) : (-1, -1);

    protected override List<int> Prepare(List<int> values, List<string> notes)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (!sorted.SequenceEqual(values)) notes.Add($"two pointers need sorted input: the list was sorted to {Fmt.List(sorted)}");
        return sorted;
    }

    protected override string TargetPhrase(int target) => $"Find two values with sum {target}";

    protected override string InputSummary(int target, IReadOnlyList<int> values) => $"sum {target} in {Building.Fmt.List(values)}";

    protected override string Outcome(ArrayTrace trace, int target) =>
        trace.FoundIndex >= 0 ? $"{trace.Input[Pair(trace).Left]} + {trace.Input[Pair(trace).Right]} = {target}" : $"no two values add up to {target}";

    protected override Pseudocode Code => PseudocodeTables.TwoPointers;
    protected override IReadOnlyList<string> Vars => ["target", "left", "right", "sum"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("left", ArrayLesson.Cyan), new("right", ArrayLesson.Pink)];

    public override void Run(ArrayTrace t, int target)
    {
        int lo = 0, hi = t.Length - 1;
        t.Var("target", target);
        t.At("init");
        t.Var("left", lo);
        t.Var("right", hi);
        t.Point("left", lo);
        t.Point("right", hi);
        while (lo < hi)
        {
            var sum = t[lo] + t[hi];
            t.Var("sum", sum);
            if (sum == target)
            {
                t.At("found");
                t.Compare(lo, hi, $"{t[lo]} + {t[hi]} = {sum} → found the pair");
                t.Mark([lo, hi], "found", $"Pair found: indices {lo} and {hi}");
                t.FoundIndex = lo;
                return;
            }
            if (sum < target)
            {
                t.At("left");
                t.Compare(lo, hi, $"{t[lo]} + {t[hi]} = {sum} < {target} → move left pointer right");
                t.Mark(lo, "discard");
                lo++;
                t.Var("left", lo);
                t.Point("left", lo);
            }
            else
            {
                t.At("right");
                t.Compare(lo, hi, $"{t[lo]} + {t[hi]} = {sum} > {target} → move right pointer left");
                t.Mark(hi, "discard");
                hi--;
                t.Var("right", hi);
                t.Point("right", hi);
            }
        }
        t.At("none");
        t.Note($"The pointers met — no pair adds up to {target}");
    }
}
