using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>Linear search: check every cell from the left until the target appears.</summary>
public sealed class LinearSearchGenerator : SearchGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("linear-search", "Linear Search", "Searching",
        ["linear search", "sequential search", "linear-search"],
        ["linear search 7 in 4 2 7 1 9", "linear search for 5 in 3 8 1 6"],
        "a target and a list, e.g. 'linear search 7 in 4 2 7 1 9'");

    protected override string Subtitle => "Check each value in turn until the target is found";
    protected override IReadOnlyList<string> IntroLines =>
    [
        "Start at the first index",
        "Compare each value with the target",
        "Stop at the first match — or at the end of the array",
        "Works on unsorted data",
    ];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Values are checked one by one from the left",
        "The first match ends the search",
        "No ordering is needed",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n) worst, O(1) best", "Space: O(1)"];
    protected override string IntroNarration => "Linear search checks each value from left to right until it finds the target.";
    protected override string RecapNarration => "Linear search scans the array one value at a time. It works on any data, but takes linear time.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("checking", "compare"), ("not it", "discard"), ("found", "found")];

    protected override Pseudocode Code => PseudocodeTables.LinearSearch;
    protected override IReadOnlyList<string> Vars => ["target", "i"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow)];

    public override void Run(ArrayTrace t, int target)
    {
        t.Var("target", target);
        t.At("loop");
        t.Phase($"Search for {target}");
        for (var i = 0; i < t.Length; i++)
        {
            var hit = t[i] == target;
            t.Var("i", i);
            t.Point("i", i);
            t.At("compare");
            t.Compare(i, -1, hit ? $"[{i}] = {t[i]} = {target} → found!" : $"[{i}] = {t[i]} ≠ {target} → next");
            if (hit)
            {
                t.FoundIndex = i;
                t.Mark(i, "found", $"Found {target} at index {i} after {i + 1} comparison{(i == 0 ? "" : "s")}");
                return;
            }
            t.Mark(i, "discard");
        }
        t.Point("i", -1);
        t.At("notfound");
        t.Note($"Reached the end: {target} is not in the array");
    }
}
