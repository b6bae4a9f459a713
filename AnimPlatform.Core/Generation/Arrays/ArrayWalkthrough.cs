using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>
/// Turns an <see cref="ArrayTrace"/> into the walkthrough timeline: an array row, transient highlights for
/// comparisons and swaps, resting colours (sorted, pivot, discarded…) that travel with their cells.
/// </summary>
public static class ArrayWalkthrough
{
    public const string ArrayId = "arr";
    public const string AuxId = "aux";
    public const string InfoId = "info";
    public const double CellWidth = 90;
    public const double CellHeight = 60;
    public const double Gap = 10;

    /// <summary>Time factor for every pass after the first (a compare then takes 0.4 × 1.6 s ≈ 0.64 s).</summary>
    public const double Fast = 0.4;

    public static JsonObject CellStyle => new() { ["cellWidth"] = CellWidth, ["cellHeight"] = CellHeight, ["gap"] = Gap };

    public static double CellX(int i, int count) => -(count * CellWidth + (count - 1) * Gap) / 2 + CellWidth / 2 + i * (CellWidth + Gap);

    public static void Play(SceneBuilder s, ArrayTrace trace, bool withInfo = false)
    {
        var n = trace.Input.Count;
        var merge = trace.Events.Any(e => e.Kind == ArrayEventKind.MergeStart);
        var arrY = merge ? 420 : 520;
        s.DataStructure(ArrayId, "array", Theme.CenterX, arrY, CellStyle);
        if (merge) s.DataStructure(AuxId, "array", Theme.CenterX, 660, CellStyle);
        if (withInfo) s.Text(InfoId, Theme.CenterX, 300, "bold 28px sans-serif", Theme.Accent);

        s.FadeIn(ArrayId, 0.4).Do(Act.InitCells(ArrayId, trace.Input.Select(v => v.ToString()), 1.0));
        if (withInfo) s.FadeIn(InfoId, 0.3);
        s.Pause(0.8);

        var rest = Enumerable.Repeat("base", n).ToArray();
        var events = trace.Events;
        // Pacing: the first pass (up to the second phase heading) at teaching speed, later passes faster.
        var phases = 0;
        var f = 1.0;
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            switch (e.Kind)
            {
                case ArrayEventKind.Phase:
                    if (++phases >= 2) f = Fast;
                    s.SetText(StandardScenes.TitleId, e.Caption).Pause(0.6 * f);
                    break;
                case ArrayEventKind.Note:
                    s.Step(e.Caption).Pause(1.6 * f);
                    break;
                case ArrayEventKind.Info:
                    s.SetText(InfoId, e.Caption);
                    break;
                case ArrayEventKind.Compare:
                {
                    s.Step(e.Caption);
                    s.Together(Pair(e.I, e.J).Select(i => Act.HighlightCell(ArrayId, i, "$compare", 0.35 * f)));
                    s.Pause(1.0 * f);
                    var next = k + 1 < events.Count ? events[k + 1] : null;
                    var swapFollows = next is { Kind: ArrayEventKind.Swap } && SamePair(next, e);
                    if (!swapFollows) s.Together(Pair(e.I, e.J).Select(i => Act.HighlightCell(ArrayId, i, "$" + rest[i], 0.25 * f)));
                    break;
                }
                case ArrayEventKind.Swap:
                    if (e.Caption.Length > 0) s.Step(e.Caption);
                    s.Together(Act.HighlightCell(ArrayId, e.I, "$swap", 0.25 * f), Act.HighlightCell(ArrayId, e.J, "$swap", 0.25 * f));
                    s.Do(Act.SwapCells(ArrayId, e.I, e.J, 0.8 * Math.Sqrt(f)));
                    (rest[e.I], rest[e.J]) = (rest[e.J], rest[e.I]);
                    s.Together(Act.HighlightCell(ArrayId, e.I, "$" + rest[e.I], 0.25 * f), Act.HighlightCell(ArrayId, e.J, "$" + rest[e.J], 0.25 * f));
                    s.Pause(0.4 * f);
                    break;
                case ArrayEventKind.Mark:
                    if (e.Caption.Length > 0) s.Step(e.Caption);
                    foreach (var i in e.Indices!) rest[i] = e.Color!;
                    s.Together(e.Indices!.Select(i => Act.HighlightCell(ArrayId, i, "$" + e.Color, 0.35)));
                    if (e.Caption.Length > 0) s.Pause(1.2 * f);
                    break;
                case ArrayEventKind.MergeStart:
                {
                    int lo = e.I, hi = e.J, mid = e.Value;
                    s.Step(e.Caption);
                    for (var i = lo; i <= hi; i++) rest[i] = i <= mid ? "left" : "right";
                    s.Together(Enumerable.Range(lo, hi - lo + 1).Select(i => Act.HighlightCell(ArrayId, i, "$" + rest[i], 0.35)));
                    var centre = Theme.CenterX + (CellX(lo, n) + CellX(hi, n)) / 2;
                    s.Do(Act.MoveTo(AuxId, centre, 660, 0))
                     .Do(Act.InitCells(AuxId, Enumerable.Repeat("", hi - lo + 1), 0.4))
                     .FadeIn(AuxId, 0.3)
                     .Pause(0.8);
                    break;
                }
                case ArrayEventKind.Take:
                    s.Step(e.Caption);
                    s.Do(Act.HighlightCell(ArrayId, e.I, "$compare", 0.3));
                    s.Do(Act.SetCell(AuxId, e.J, e.Value.ToString(), 0.5));
                    rest[e.I] = "discard";
                    s.Do(Act.HighlightCell(ArrayId, e.I, "$discard", 0.25)).Pause(0.5);
                    break;
                case ArrayEventKind.WriteBack:
                {
                    s.Step(e.Caption);
                    var whole = e.I == 0 && e.J == n - 1 && e.Values!.Zip(e.Values!.Skip(1)).All(p => p.First <= p.Second);
                    s.Together(e.Values!.Select((v, idx) => Act.SetCell(ArrayId, e.I + idx, v.ToString(), 0.6)));
                    for (var i = e.I; i <= e.J; i++) rest[i] = whole ? "done" : "base";
                    s.Together(Enumerable.Range(e.I, e.J - e.I + 1).Select(i => Act.HighlightCell(ArrayId, i, "$" + rest[i], 0.3)));
                    if (s.Has(AuxId)) s.Do(Act.FadeOut(AuxId, 0.3));
                    s.Pause(0.8 * f);
                    break;
                }
            }
        }
        s.Pause(1.5);
        s.FadeOutAll();
    }

    private static IEnumerable<int> Pair(int i, int j) => j >= 0 && j != i ? [i, j] : [i];

    private static bool SamePair(ArrayEvent a, ArrayEvent b) =>
        (a.I == b.I && a.J == b.J) || (a.I == b.J && a.J == b.I);
}
