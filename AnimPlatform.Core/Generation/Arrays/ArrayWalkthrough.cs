using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>
/// Turns an <see cref="ArrayTrace"/> into the walkthrough timeline: the values as bars on the left, the
/// pseudocode with the running line lit and the variables panel on the right, pointers under the cells,
/// transient highlights for comparisons and swaps, and resting colours (sorted, pivot, discarded…) that
/// travel with their cells and stay until the state changes. A lesson's <see cref="ArrayLesson.Companion"/>
/// (heap sort's tree) takes every colour and swap of the cells in the same blocks, and the bars make room for it.
/// </summary>
public static class ArrayWalkthrough
{
    public const string ArrayId = "arr";
    public const string AuxId = "aux";
    public const string InfoId = "info";
    public const double Gap = 12;

    /// <summary>Time factor for every pass after the first (a compare then takes 0.4 × 1.6 s ≈ 0.64 s).</summary>
    public const double Fast = 0.4;

    /// <summary>Longest step (a compare, a swap, a take) of a later pass.</summary>
    public const double FastStepSeconds = 1.0;

    /// <summary>Bars as wide as the diagram area allows (at most 170 px: a few values still fill more than half the frame).</summary>
    public static double CellWidth(int n) => Math.Min(170, (LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 60 - (n - 1) * Gap) / Math.Max(1, n));

    public static double CellX(int i, int count) => CellX(i, count, CellWidth(count));

    private static double CellX(int i, int count, double w) => -(count * w + (count - 1) * Gap) / 2 + w / 2 + i * (w + Gap);

    private static JsonObject BarStyle(double w, double barHeight, double max) =>
        LessonLayout.Legible(new() { ["cellWidth"] = Math.Round(w, 1), ["gap"] = Gap, ["barHeight"] = barHeight, ["maxValue"] = Math.Max(1, max) });

    public static void Play(SceneBuilder s, ArrayTrace trace, ArrayLesson lesson)
    {
        var n = trace.Input.Count;
        var w = CellWidth(n);
        var merge = trace.Events.Any(e => e.Kind == ArrayEventKind.MergeStart);
        var withInfo = trace.Events.Any(e => e.Kind == ArrayEventKind.Info);
        var max = Math.Max(1, trace.Input.DefaultIfEmpty(1).Max());
        var cx = LessonLayout.DiagramCenterX;
        var companion = merge ? null : lesson.Companion;
        var arrY = merge ? 360 : companion?.Bars.Y ?? 430;
        // The tallest bar: most of the height between the step caption and the pointers (less beside a companion view).
        var barHeight = merge ? 200 : companion?.Bars.BarHeight ?? 380;
        const double auxY = 690;
        s.Add(new JsonObject
        {
            ["id"] = ArrayId, ["type"] = "data-structure", ["variant"] = "array", ["view"] = "bars", ["caption"] = "",
            ["position"] = SceneBuilder.Pos(cx, arrY), ["style"] = BarStyle(w, barHeight, max),
        });
        if (merge)
            s.Add(new JsonObject
            {
                ["id"] = AuxId, ["type"] = "data-structure", ["variant"] = "array", ["view"] = "bars", ["caption"] = "",
                ["position"] = SceneBuilder.Pos(cx, auxY), ["style"] = BarStyle(w, 140, max),
            });
        if (withInfo) s.Text(InfoId, cx, 790, "bold 24px sans-serif", Theme.Accent);

        var vars = lesson.Counters.Select(c => (c, "0")).Concat(lesson.Vars.Select(v => (v, "–"))).ToList();
        var panels = new LessonPanels(s, lesson.Code, vars);
        panels.Legend(lesson.Legend);
        foreach (var p in lesson.Pointers) panels.Pointer(p.Name, ArrayId, 0, p.Color, p.Side);

        // Split phase texts (merge sort): one per part, a row per recursion depth, where the output row goes later.
        var splits = trace.Events.Where(e => e.Kind == ArrayEventKind.Split).ToList();
        var splitIds = new List<string>();
        foreach (var e in splits)
        {
            var id = $"split{splitIds.Count}";
            var x = cx + (CellX(e.I, n, w) + CellX(e.J, n, w)) / 2;
            s.Text(id, x, 590 + e.Value * 52, "bold 22px monospace", "#d0d0ee",
                string.Join(" ", e.After.Skip(e.I).Take(e.J - e.I + 1)));
            splitIds.Add(id);
        }

        var shown = companion?.Setup(s, trace.Input).ToList() ?? [];
        s.Together(new[] { Act.FadeIn(ArrayId, 0.4) }.Concat(panels.Ids.Select(id => Act.FadeIn(id, 0.4))).Concat(shown))
         .Do(Act.InitCells(ArrayId, trace.Input.Select(v => v.ToString()), 1.0));
        if (withInfo) s.FadeIn(InfoId, 0.3);
        s.Pause(0.6);

        var rest = Enumerable.Repeat("base", n).ToArray();
        var events = trace.Events;
        var f = 1.0;
        // Pointer and variable changes wait for the next picture; the last one of each name wins.
        var pendingPointers = new Dictionary<string, int>();
        var pendingVars = new Dictionary<string, string>();
        List<JsonObject> Flush()
        {
            var list = pendingPointers.SelectMany(p => panels.Point(p.Key, p.Value >= 0 && p.Value < n ? JsonValue.Create(p.Value) : null, 0.35 * Math.Sqrt(f)))
                .Concat(pendingVars.SelectMany(v => panels.Var(v.Key, v.Value))).ToList();
            pendingPointers.Clear();
            pendingVars.Clear();
            return list;
        }
        // A cell's colour, on the bars and on the companion view.
        IEnumerable<JsonObject> Paint(int i, string look, double d) =>
            companion is null ? [Act.HighlightCell(ArrayId, i, "$" + look, d)] : companion.Paint(i, look, d).Prepend(Act.HighlightCell(ArrayId, i, "$" + look, d));
        var comparisons = 0;
        var swaps = 0;
        var split = 0;
        var phases = 0;

        // Actions that start with an event's picture: its pseudocode line, the counters, queued pointer/variable changes.
        List<JsonObject> Lead(ArrayEvent e)
        {
            var list = Flush();
            list.AddRange(panels.Line(e.Line));
            if (e.Comparisons != comparisons && lesson.Counters.Contains(ArrayLesson.Comparisons))
                list.AddRange(panels.Var(ArrayLesson.Comparisons, e.Comparisons.ToString()));
            if (e.Swaps != swaps && lesson.Counters.Contains(ArrayLesson.Swaps))
                list.AddRange(panels.Var(ArrayLesson.Swaps, e.Swaps.ToString()));
            comparisons = e.Comparisons;
            swaps = e.Swaps;
            return list;
        }

        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            switch (e.Kind)
            {
                case ArrayEventKind.Pointer:
                    pendingPointers[e.Caption] = e.I;
                    break;
                case ArrayEventKind.Var:
                    pendingVars[e.Caption] = e.Text ?? "";
                    break;
                case ArrayEventKind.Phase:
                    if (++phases >= 2) { f = Fast; s.Speaking = false; s.MaxStepSeconds = FastStepSeconds; } // later passes: faster, shown without being said
                    s.Heading(e.Caption);
                    s.Together(Lead(e));
                    s.Pause(0.6 * f);
                    break;
                case ArrayEventKind.Note:
                    s.Step(e.Caption).Together(Lead(e)).Pause(1.4 * f);
                    break;
                case ArrayEventKind.Info:
                    s.SetText(InfoId, Fmt.Wrap(e.Caption, 72));
                    break;
                case ArrayEventKind.Split:
                {
                    // All parts of one recursion level appear together.
                    s.Step(e.Caption);
                    var level = new List<JsonObject>(Lead(e)) { Act.FadeIn(splitIds[split++], 0.4) };
                    while (k + 1 < events.Count && events[k + 1] is { Kind: ArrayEventKind.Split } same && same.Value == e.Value)
                    {
                        level.Add(Act.FadeIn(splitIds[split++], 0.4));
                        k++;
                    }
                    s.Together(level);
                    s.Pause(1.2);
                    break;
                }
                case ArrayEventKind.Compare:
                {
                    s.Step(e.Caption);
                    // A cell in a lasting state (the pivot, the current minimum, a sorted value) keeps its colour while compared.
                    var lit = Pair(e.I, e.J).Where(i => i == e.I || !Lasting(rest[i])).ToList();
                    s.Together(Lead(e).Concat(lit.SelectMany(i => Paint(i, "compare", 0.35 * f))));
                    s.Pause(1.0 * f);
                    var next = NextVisual(events, k);
                    var swapFollows = next is { Kind: ArrayEventKind.Swap } && SamePair(next, e);
                    if (!swapFollows) s.Together(lit.SelectMany(i => Paint(i, rest[i], 0.25 * f)));
                    break;
                }
                case ArrayEventKind.Swap:
                    if (e.Caption.Length > 0) s.Step(e.Caption);
                    s.Together(Lead(e).Concat(Paint(e.I, "swap", 0.25 * f)).Concat(Paint(e.J, "swap", 0.25 * f))
                        .Concat(companion?.BeforeSwap(e.I, e.J, 0.25 * f) ?? []));
                    s.Together(new[] { Act.SwapCells(ArrayId, e.I, e.J, 0.8 * Math.Sqrt(f)) }.Concat(companion?.Swap(e.I, e.J, 0.8 * Math.Sqrt(f)) ?? []));
                    (rest[e.I], rest[e.J]) = (rest[e.J], rest[e.I]);
                    s.Together(Paint(e.I, rest[e.I], 0.25 * f).Concat(Paint(e.J, rest[e.J], 0.25 * f)).Concat(companion?.AfterSwap(e.I, e.J, 0.25 * f) ?? []));
                    s.Pause(0.4 * f);
                    break;
                case ArrayEventKind.Mark:
                    if (e.Caption.Length > 0) s.Step(e.Caption);
                    foreach (var i in e.Indices!) rest[i] = e.Color!;
                    s.Together(Lead(e).Concat(e.Indices!.SelectMany(i => Paint(i, e.Color!, 0.35))));
                    if (e.Caption.Length > 0) s.Pause(1.2 * f);
                    break;
                case ArrayEventKind.MergeStart:
                {
                    int lo = e.I, hi = e.J, mid = e.Value;
                    s.Step(e.Caption);
                    var lead = Lead(e);
                    if (splitIds.Count > 0 && s.Has(splitIds[0]) && split > 0)
                    {
                        lead.AddRange(splitIds.Select(id => Act.FadeOut(id, 0.3)));
                        split = -1;
                    }
                    for (var i = lo; i <= hi; i++) rest[i] = i <= mid ? "left" : "right";
                    s.Together(lead.Concat(Enumerable.Range(lo, hi - lo + 1).Select(i => Act.HighlightCell(ArrayId, i, "$" + rest[i], 0.35))));
                    var centre = cx + (CellX(lo, n, w) + CellX(hi, n, w)) / 2;
                    s.Do(Act.MoveTo(AuxId, centre, auxY, 0))
                     .Do(Act.InitCells(AuxId, Enumerable.Repeat("", hi - lo + 1), 0.4))
                     .FadeIn(AuxId, 0.3)
                     .Pause(0.6 * Math.Sqrt(f));
                    break;
                }
                case ArrayEventKind.Take:
                    s.Step(e.Caption);
                    s.Together(Lead(e).Append(Act.HighlightCell(ArrayId, e.I, "$compare", 0.3)));
                    s.Do(Act.SetCell(AuxId, e.J, e.Value.ToString(), 0.5 * Math.Sqrt(f)));
                    rest[e.I] = "discard";
                    s.Do(Act.HighlightCell(ArrayId, e.I, "$discard", 0.25)).Pause(0.5 * f);
                    break;
                case ArrayEventKind.WriteBack:
                {
                    s.Step(e.Caption);
                    var whole = e.I == 0 && e.J == n - 1 && e.Values!.Zip(e.Values!.Skip(1)).All(p => p.First <= p.Second);
                    s.Together(Lead(e).Concat(e.Values!.Select((v, idx) => Act.SetCell(ArrayId, e.I + idx, v.ToString(), 0.6))));
                    for (var i = e.I; i <= e.J; i++) rest[i] = whole ? "done" : "base";
                    s.Together(Enumerable.Range(e.I, e.J - e.I + 1).Select(i => Act.HighlightCell(ArrayId, i, "$" + rest[i], 0.3)));
                    if (s.Has(AuxId)) s.Do(Act.FadeOut(AuxId, 0.3));
                    s.Pause(0.8 * f);
                    break;
                }
            }
        }
        s.Together(Flush());
        s.Pause(1.5);
        s.FadeOutAll();
    }

    private static ArrayEvent? NextVisual(IReadOnlyList<ArrayEvent> events, int k)
    {
        for (var m = k + 1; m < events.Count; m++)
            if (events[m].Kind is not (ArrayEventKind.Pointer or ArrayEventKind.Var or ArrayEventKind.Info)) return events[m];
        return null;
    }

    private static bool Lasting(string state) => state is "pivot" or "done";

    private static IEnumerable<int> Pair(int i, int j) => j >= 0 && j != i ? [i, j] : [i];

    private static bool SamePair(ArrayEvent a, ArrayEvent b) =>
        (a.I == b.I && a.J == b.J) || (a.I == b.J && a.J == b.I);
}
