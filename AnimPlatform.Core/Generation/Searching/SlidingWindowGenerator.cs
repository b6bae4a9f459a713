using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>Fixed-size sliding window: the largest sum of k consecutive values, one add and one subtract per move.</summary>
public sealed class SlidingWindowGenerator : SearchGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("sliding-window", "Sliding Window", "Searching",
        ["sliding window", "moving window", "max sum subarray", "maximum sum subarray", "fixed size window", "window sum"],
        ["sliding window k 3 on 2 1 5 1 3 2", "sliding window size 2 on 4 2 12 1 7 8"],
        "a window size and a list, e.g. 'sliding window k 3 on 2 1 5 1 3 2'");

    protected override string Subtitle => "Slide a window of k values: add the new one, drop the old one";
    protected override IReadOnlyList<string> IntroLines => ["Largest sum of k consecutive values, without re-adding the whole window"];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "Each slide adds the entering value and subtracts the leaving one",
        "The window sum is never recomputed from scratch",
        "One pass over the array",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(n) instead of O(n·k)", "Space: O(1)"];
    protected override string IntroNarration => "A sliding window keeps the sum of k consecutive values and updates it as the window moves one step.";
    protected override string RecapNarration => "The sliding window updates its sum with one addition and one subtraction per step, so it needs one pass.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("in the window", "left"), ("entering / leaving", "compare"), ("best window", "found")];

    /// <summary>The best window's sum in a finished trace (k = <paramref name="k"/>).</summary>
    public static int BestSum(ArrayTrace trace, int k) => trace.Input.Skip(trace.FoundIndex).Take(k).Sum();

    protected override (List<int> Values, int Target) ParseInput(string input, int seed, List<string> notes)
    {
        int? k = null;
        var values = new List<int>();
        var tokens = PromptTokens.Split(input);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].ToLowerInvariant();
            if (token is "k" or "size" or "width" or "length" or "window" or "k=")
            {
                if (i + 1 < tokens.Count && PromptTokens.TryInt(tokens[i + 1], out var v)) { k = v; i++; }
                continue;
            }
            if (token.StartsWith("k=") && PromptTokens.TryInt(token[2..], out var kv)) { k = kv; continue; }
            if (PromptTokens.TryInt(tokens[i], out var n)) { values.Add(PromptTokens.CheckRange(n)); continue; }
            if (!PromptTokens.IsNoise(token) && token is not ("max" or "maximum" or "sum" or "subarray" or "consecutive"))
                throw PromptTokens.Unread("numbers", tokens[i]);
        }
        if (values.Count == 0)
        {
            values = PromptTokens.RandomValues(seed, InputCaps.DefaultArray, 1, 20);
            notes.Add($"no list given: using random values {Building.Fmt.List(values)} (seed {seed})");
        }
        values = PromptTokens.Cap(values, InputCaps.MaxArray, notes);
        if (k is null)
        {
            k = Math.Min(3, values.Count);
            notes.Add($"no window size given: using k = {k} (write 'k 3')");
        }
        if (k < 1 || k > values.Count)
            throw new GeneratorInputException("numbers", $"the window size k = {k} must be between 1 and the list length {values.Count}");
        return (values, k.Value);
    }

    protected override string TargetPhrase(int target) => $"Largest sum of {target} consecutive values";

    protected override string InputSummary(int target, IReadOnlyList<int> values) => $"k = {target} on {Building.Fmt.List(values)}";

    protected override string Outcome(ArrayTrace trace, int target) =>
        $"the best window starts at index {trace.FoundIndex} with sum {BestSum(trace, target)}";

    protected override Pseudocode Code => PseudocodeTables.SlidingWindow;
    protected override IReadOnlyList<string> Counters => [];
    protected override IReadOnlyList<string> Vars => ["k", "sum", "best"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("left", ArrayLesson.Cyan), new("right", ArrayLesson.Pink)];

    public override void Run(ArrayTrace t, int k)
    {
        var sum = 0;
        t.Var("k", k);
        t.At("init");
        t.Point("left", 0);
        t.Point("right", k - 1);
        t.Phase($"First window: indices 0..{k - 1}");
        for (var i = 0; i < k; i++)
        {
            sum += t[i];
            t.Mark(i, "left");
        }
        var best = sum;
        var bestStart = 0;
        t.Var("sum", sum);
        t.Var("best", best);
        t.Note($"Sum of the first {k} values = {sum}");
        for (var end = k; end < t.Length; end++)
        {
            var start = end - k + 1;
            if (end == k)
            {
                t.At("loop");
                t.Phase("Slide the window one step at a time");
            }
            t.At("slide");
            t.Point("right", end);
            t.Compare(end, end - k, $"Add {t[end]} (entering), subtract {t[end - k]} (leaving): {sum} + {t[end]} − {t[end - k]} = {sum + t[end] - t[end - k]}");
            sum += t[end] - t[end - k];
            t.Mark(end - k, "base");
            t.Mark(end, "left");
            t.Point("left", start);
            t.Var("sum", sum);
            t.At("best");
            if (sum > best)
            {
                best = sum;
                bestStart = start;
            }
            t.Var("best", best);
        }
        t.At("done");
        t.Point("left", bestStart);
        t.Point("right", bestStart + k - 1);
        t.Mark(Enumerable.Range(0, t.Length), "base");
        t.Mark(Enumerable.Range(bestStart, k), "found", $"Best window: indices {bestStart}..{bestStart + k - 1}, sum {best}");
        t.FoundIndex = bestStart;
    }
}
