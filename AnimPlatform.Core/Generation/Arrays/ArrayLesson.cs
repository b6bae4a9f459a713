using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>A pointer an array lesson shows (i, j, lo, mid, hi …), its tag colour and side.</summary>
public sealed record PointerSpec(string Name, string Color, string Side = "below");

/// <summary>
/// What an array lesson shows beside the bars: the pseudocode, the legend, the counters kept from the
/// trace (comparisons, swaps), the other variables the events set, and the pointers the events move;
/// optionally a <see cref="Companion"/> view of the same cells (heap sort's tree) drawn beside the bars.
/// </summary>
public sealed record ArrayLesson(
    Pseudocode Code,
    IReadOnlyList<(string Label, string PaletteName)> Legend,
    IReadOnlyList<string> Counters,
    IReadOnlyList<string> Vars,
    IReadOnlyList<PointerSpec> Pointers)
{
    /// <summary>A second view kept in step with the bars (one per walkthrough: it keeps state); null: the bars alone.</summary>
    public IArrayCompanion? Companion { get; init; }

    public const string Comparisons = "comparisons";
    public const string Swaps = "swaps";

    /// <summary>Pointer tag colours, all readable with black text.</summary>
    public const string Yellow = "#f1c40f", Cyan = "#4fd1ff", Pink = "#ff8fc8", Lime = "#a6e22e", Orange = "#ffa94d";
}
