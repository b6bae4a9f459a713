using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>
/// A second view of the array an <see cref="ArrayWalkthrough"/> plays (heap sort's tree), kept in step with the
/// bars: every colour a cell takes and every swap of two cells is handed to it, and its actions play in the
/// same blocks as the bars' own. It follows highlights and swaps only (not set-cell or the merge row).
/// </summary>
public interface IArrayCompanion
{
    /// <summary>Where the bars go beside it: their centre y and the tallest bar's height (px at 1080p).</summary>
    (double Y, double BarHeight) Bars { get; }

    /// <summary>Adds its objects for <paramref name="values"/>; returns the actions that show them (played as the bars appear).</summary>
    IEnumerable<JsonObject> Setup(SceneBuilder s, IReadOnlyList<int> values);

    /// <summary>Index <paramref name="i"/> takes the look <paramref name="look"/> (a palette name: compare, swap, done, base…).</summary>
    IEnumerable<JsonObject> Paint(int i, string look, double d);

    /// <summary>Played with the swap highlight, before the values of <paramref name="i"/> and <paramref name="j"/> move.</summary>
    IEnumerable<JsonObject> BeforeSwap(int i, int j, double d);

    /// <summary>Played with swap-cells: the two values trade places.</summary>
    IEnumerable<JsonObject> Swap(int i, int j, double d);

    /// <summary>Played as the swap highlight clears, once the values have traded places.</summary>
    IEnumerable<JsonObject> AfterSwap(int i, int j, double d);
}
