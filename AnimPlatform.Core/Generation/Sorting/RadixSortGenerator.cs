using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>LSD radix sort (base 10) on non-negative integers: a stable bucket pass per digit, ones first.</summary>
public sealed class RadixSortGenerator : SortGeneratorBase
{
    public override GeneratorInfo Info { get; } = new("radix-sort", "Radix Sort", "Sorting",
        ["radix sort", "lsd radix sort", "radix-sort", "radix"],
        ["radix sort 170 45 75 90 802 24 2 66", "radix sort 329 457 657 839 436"],
        "non-negative numbers up to 9999, e.g. 'radix sort 170 45 75 90 802'");

    protected override string Subtitle => "Sort by the last digit, then the next, … — each pass stable";
    protected override IReadOnlyList<string> IntroLines => ["Ten buckets per pass, one per digit 0–9"];
    protected override IReadOnlyList<string> RecapPoints =>
    [
        "One stable bucket pass per digit, least significant first",
        "Stability keeps the order earlier passes made",
        "No comparisons between values",
    ];
    protected override IReadOnlyList<string> Complexity => ["Time: O(d · (n + 10)) for d digits", "Space: O(n + 10) for the buckets"];
    protected override string IntroNarration => "Radix sort sorts numbers digit by digit, starting with the ones digit, using a stable bucket pass each time.";
    protected override string RecapNarration => "Radix sort makes one stable pass per digit. Because each pass is stable, the order from earlier digits survives.";
    protected override IReadOnlyList<(string Label, string PaletteName)> Legend => [("reading the digit", "compare"), ("sorted", "done")];

    protected override Pseudocode Code => PseudocodeTables.RadixSort;
    protected override IReadOnlyList<string> Counters => [];
    protected override IReadOnlyList<string> Vars => ["place", "digit"];
    protected override IReadOnlyList<PointerSpec> Pointers => [new("i", ArrayLesson.Yellow)];

    public override void Run(ArrayTrace t)
    {
        if (t.Current.Any(v => v < 0))
            throw new GeneratorInputException("numbers", "radix sort here takes non-negative numbers (0 to 9999)");
        var max = t.Current.Max();
        var place = 1;
        var pass = 1;
        do
        {
            var name = place switch { 1 => "ones", 10 => "tens", 100 => "hundreds", _ => "thousands" };
            t.At("pass");
            t.Var("place", place);
            t.Phase($"Pass {pass}: by the {name} digit");
            t.At("bucket");
            var buckets = Enumerable.Range(0, 10).Select(_ => new List<int>()).ToArray();
            for (var i = 0; i < t.Length; i++)
            {
                var d = t[i] / place % 10;
                buckets[d].Add(t[i]);
                t.Point("i", i);
                t.Var("digit", d);
                t.Compare(i, -1, $"{t[i]}: {name} digit {d} → bucket {d}");
            }
            t.Info("buckets: " + string.Join("  ", buckets.Select((b, d) => (b, d)).Where(x => x.b.Count > 0).Select(x => $"{x.d}:[{string.Join(",", x.b)}]")));
            t.Point("i", -1);
            t.At("collect");
            t.WriteBack(0, buckets.SelectMany(b => b).ToList(), "Collect the buckets 0 to 9 in order (stable)");
            place *= 10;
            pass++;
        } while (max / place > 0);
        t.Mark(Enumerable.Range(0, t.Length), "done", "All digits done — sorted");
    }
}
