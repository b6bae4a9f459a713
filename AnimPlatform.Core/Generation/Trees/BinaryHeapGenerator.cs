using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Binary min-heap: insert (sift up) and extract-min (sift down), drawn twice — as a tree of slots
/// (values are texts that travel between slots on a swap) and as the array that stores it.
/// </summary>
public sealed class BinaryHeapGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("binary-heap", "Binary Min-Heap", "Trees",
        ["binary heap", "heap", "priority queue", "heapq", "heapify", "heap insert"],
        ["min heap insert 5 3 8 1 9 2 extract extract", "max heap insert 5 3 8 1 extract", "heap insert 10 4 7 1 extract"],
        "operations such as 'insert 5 3 8 1 extract' (numbers alone are inserted; 'extract' removes the root); say 'max heap' for a max-heap");

    private static readonly OperationParser Parser = new(
    [
        ("insert", ["add", "push", "offer"], true),
        ("extract", ["extract-min", "extractmin", "extract-max", "extractmax", "pop", "poll", "remove", "delete-min", "deletemin", "delete-max"], false),
    ], "insert");

    public sealed record Trace(
        IReadOnlyList<Operation> Operations,
        IReadOnlyList<int[]> ArrayAfterEachOperation,
        IReadOnlyList<int?> Extracted,
        IReadOnlyList<HeapEvent> Events);

    public static Trace Run(IReadOnlyList<Operation> ops, bool max = false)
    {
        var heap = new MinHeap(max);
        var states = new List<int[]>();
        var extracted = new List<int?>();
        foreach (var op in ops)
        {
            if (op.Command == "insert") heap.Insert(op.Value!.Value);
            else extracted.Add(heap.ExtractMin());
            states.Add(heap.Items.ToArray());
        }
        return new Trace(ops, states, extracted, heap.Events);
    }

    /// <summary>Reads (and removes) the words "max"/"maximum" or "min"/"minimum" that choose the heap order; min by default.</summary>
    public static bool ReadOrder(ref string input)
    {
        var tokens = PromptTokens.Split(input);
        var max = tokens.Any(t => t.Equals("max", StringComparison.OrdinalIgnoreCase) || t.Equals("maximum", StringComparison.OrdinalIgnoreCase) || t.Equals("max-heap", StringComparison.OrdinalIgnoreCase) || t.Equals("maxheap", StringComparison.OrdinalIgnoreCase));
        input = string.Join(' ', tokens.Where(t => !OrderWords.Contains(t)));
        return max;
    }

    private static readonly HashSet<string> OrderWords = new(StringComparer.OrdinalIgnoreCase)
        { "max", "maximum", "min", "minimum", "max-heap", "min-heap", "maxheap", "minheap" };

    public static List<Operation> ReadOperations(string input, int seed, List<string> notes)
    {
        var ops = Parser.Parse(input);
        if (ops.Count == 0)
        {
            ops = PromptTokens.RandomValues(seed, 7, 1, 99).Select(v => new Operation("insert", v)).ToList();
            ops.AddRange(Enumerable.Repeat(new Operation("extract"), 2));
            notes.Add($"no operations given: using {string.Join(", ", ops)} (seed {seed})");
        }
        var size = 0;
        foreach (var op in ops)
        {
            size = op.Command == "insert" ? size + 1 : Math.Max(0, size - 1);
            if (size > InputCaps.MaxHeapSize)
                throw new GeneratorInputException("operations", $"the heap would hold more than {InputCaps.MaxHeapSize} values; use fewer so the video stays readable");
        }
        return ops;
    }

    private const double TreeWidth = 1400;
    private const double TreeTop = 240;
    private const double LevelGap = 115;
    private const string GhostFill = "#15152b";
    private const string GhostStroke = "#2c2c4a";

    private static (double X, double Y) Slot(int i)
    {
        var level = (int)Math.Floor(Math.Log2(i + 1));
        var first = (1 << level) - 1;
        var span = TreeWidth / (1 << level);
        return (Theme.CenterX - TreeWidth / 2 + (i - first + 0.5) * span, TreeTop + level * LevelGap);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var max = ReadOrder(ref input);
        var ops = ReadOperations(input, seed, notes);
        var trace = Run(ops, max);
        var (top, small, cmp) = max ? ("maximum", "largest", "≥") : ("minimum", "smallest", "≤");
        var title = max ? "Binary Max-Heap" : "Binary Min-Heap";
        var capacity = Math.Max(1, trace.ArrayAfterEachOperation.Select(a => a.Length).DefaultIfEmpty(0).Max());
        // Sizes during sift-up count too: the largest state is at an operation's end for inserts.
        var show = new ShowBuilder(title, Info.Id);
        var inputText = string.Join(", ", ops);
        LessonScenes.Intro(show, $"The {small} value is always at the root",
        [
            "A complete binary tree stored level by level in an array",
            "Children of index i are at 2i+1 and 2i+2; the parent at (i−1)/2",
            $"Every parent is {cmp} its children (heap order)",
            $"Insert sifts up, extract-{top[..3]} sifts down",
        ], "Operations: " + inputText,
            $"A binary {(max ? "max" : "min")} heap is a complete binary tree stored in an array, where every parent is {(max ? "larger" : "smaller")} than or equal to its children, so the {top} is always at the root.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", title, Narrate(trace, top),
            [("comparing", "compare"), ("swapping", "swap"), (top, "found")]);

        // Tree of slots: every slot the heap will use, drawn as a dim "ghost" until it holds a value.
        var slots = Enumerable.Range(0, capacity).ToList();
        s.Add(new JsonObject
        {
            ["id"] = "heap",
            ["type"] = "graph",
            ["nodes"] = new JsonArray(slots.Select(i => (JsonNode?)new JsonObject
            {
                ["id"] = $"s{i}", ["label"] = " ", ["x"] = Math.Round(Slot(i).X, 1), ["y"] = Slot(i).Y,
            }).ToArray()),
            ["edges"] = new JsonArray(slots.Skip(1).Select(i => (JsonNode?)new JsonObject { ["from"] = $"s{(i - 1) / 2}", ["to"] = $"s{i}" }).ToArray()),
            ["style"] = new JsonObject { ["nodeColor"] = GhostFill, ["nodeStroke"] = GhostStroke, ["edgeColor"] = "#20203a", ["edgeWidth"] = 5 },
        });
        s.DataStructure("arr", "array", Theme.CenterX, 780, new JsonObject { ["cellWidth"] = 80, ["cellHeight"] = 55 });
        s.Text("extracted", Theme.CenterX, 930, "bold 26px sans-serif", Theme.Accent);
        s.Together(Act.FadeIn("heap", 0.6), Act.FadeIn("arr", 0.6), Act.FadeIn("extracted", 0.3)).Pause(0.6);

        var textAt = new Dictionary<int, string>(); // slot → text object holding its value
        var values = new List<int>();
        var extracted = new List<int>();
        var textCount = 0;
        var events = trace.Events;
        var e = 0;

        JsonObject Fill(int i) => Act.NodeStyle("heap", $"s{i}", Theme.BaseFill, Theme.BaseStroke, 3, 0.3);
        JsonObject Ghost(int i) => Act.NodeStyle("heap", $"s{i}", GhostFill, GhostStroke, 3, 0.3);
        IEnumerable<JsonObject> Edge(int i, string color) =>
            i == 0 ? [] : [Act.HighlightEdge("heap", $"s{(i - 1) / 2}", $"s{i}", color, 0.3)];

        void SwapSlots(int i, int j)
        {
            var (a, b) = (textAt[i], textAt[j]);
            s.Together(Act.HighlightNode("heap", $"s{i}", "$swap", 0.25), Act.HighlightNode("heap", $"s{j}", "$swap", 0.25),
                Act.HighlightCell("arr", i, "$swap", 0.25), Act.HighlightCell("arr", j, "$swap", 0.25));
            s.Together(Act.MoveTo(a, Slot(j).X, Slot(j).Y, 0.8), Act.MoveTo(b, Slot(i).X, Slot(i).Y, 0.8), Act.SwapCells("arr", i, j, 0.8));
            (textAt[i], textAt[j]) = (b, a);
            (values[i], values[j]) = (values[j], values[i]);
            s.Together(Fill(i), Fill(j), Act.HighlightCell("arr", i, "$base", 0.25), Act.HighlightCell("arr", j, "$base", 0.25)).Pause(0.3);
        }

        foreach (var op in ops)
        {
            if (op.Command == "insert")
            {
                var v = op.Value!.Value;
                s.SetText(StandardScenes.TitleId, $"Insert {v}").Pause(0.3);
                var ev = events[e++];
                var slot = ev.I;
                var id = $"val{++textCount}";
                s.Text(id, Slot(slot).X, Slot(slot).Y, "bold 24px monospace", Theme.White, v.ToString());
                textAt[slot] = id;
                values.Add(v);
                s.Step(ev.Caption)
                 .Together(new[] { Fill(slot), Act.FadeIn(id, 0.4), Act.Push("arr", [v.ToString()], 0.5) }.Concat(Edge(slot, "$edgeBase")))
                 .Pause(0.6);
                while (e < events.Count && events[e].Kind is HeapEventKind.Compare or HeapEventKind.Swap or HeapEventKind.Settled)
                {
                    var x = events[e++];
                    PlayStep(x);
                }
            }
            else
            {
                s.SetText(StandardScenes.TitleId, $"Extract the {top}").Pause(0.3);
                if (values.Count == 0)
                {
                    s.Step("The heap is empty — nothing to extract").Pause(1.5);
                    continue;
                }
                var take = events[e++];
                var min = values[0];
                s.Step(take.Caption).Together(Act.HighlightNode("heap", "s0", "$found", 0.4), Act.HighlightCell("arr", 0, "$found", 0.4)).Pause(1.0);
                extracted.Add(min);
                var last = values.Count - 1;
                if (last == 0)
                {
                    s.Together(Act.FadeOut(textAt[0], 0.5), Act.Pop("arr", 0.5), Ghost(0));
                    textAt.Remove(0);
                    values.RemoveAt(0);
                }
                else
                {
                    var move = events[e++];
                    s.Step(move.Caption)
                     .Together(Act.FadeOut(textAt[0], 0.4), Act.HighlightCell("arr", last, "$swap", 0.4))
                     .Together(Act.MoveTo(textAt[last], Slot(0).X, Slot(0).Y, 0.9), Act.SwapCells("arr", 0, last, 0.9))
                     .Together(new[] { Act.Pop("arr", 0.5), Ghost(last), Fill(0), Act.HighlightCell("arr", 0, "$base", 0.3) }.Concat(Edge(last, "#20203a")));
                    textAt[0] = textAt[last];
                    textAt.Remove(last);
                    values[0] = values[last];
                    values.RemoveAt(last);
                    while (e < events.Count && events[e].Kind is HeapEventKind.Compare or HeapEventKind.Swap or HeapEventKind.Settled)
                        PlayStep(events[e++]);
                }
                s.SetText("extracted", "Extracted: " + string.Join(", ", extracted)).Pause(0.8);
            }
        }

        void PlayStep(HeapEvent x)
        {
            switch (x.Kind)
            {
                case HeapEventKind.Compare:
                    s.Step(x.Caption).Together(Act.HighlightNode("heap", $"s{x.I}", "$compare", 0.35), Act.HighlightNode("heap", $"s{x.J}", "$compare", 0.35),
                        Act.HighlightCell("arr", x.I, "$compare", 0.35), Act.HighlightCell("arr", x.J, "$compare", 0.35)).Pause(1.0);
                    var next = events.Count > e ? events[e] : null;
                    if (next is not { Kind: HeapEventKind.Swap })
                        s.Together(Fill(x.I), Fill(x.J), Act.HighlightCell("arr", x.I, "$base", 0.25), Act.HighlightCell("arr", x.J, "$base", 0.25));
                    break;
                case HeapEventKind.Swap:
                    SwapSlots(x.I, x.J);
                    break;
                case HeapEventKind.Settled:
                    s.Step(x.Caption).Pause(1.0);
                    break;
            }
        }

        s.Step($"Heap: {Fmt.List(values)} — every parent {cmp} its children").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "Stored as an array: children of i at 2i+1 and 2i+2",
            $"Insert: add at the end, swap up while {(max ? "larger" : "smaller")} than the parent",
            $"Extract: move the last value to the root, swap down with the {(max ? "larger" : "smaller")} child",
            extracted.Count > 0 ? $"Here: extracted {string.Join(", ", extracted)} — always the {top}" : $"Here: heap {Fmt.List(values)}",
        ], [$"Insert and extract: O(log n); find-{top[..3]}: O(1)", "Space: O(n), no pointers needed"],
            $"A binary heap keeps the {top} at the root. Inserting sifts a value up and extracting the {top} sifts the moved value down, both in logarithmic time.");
        LessonScenes.Outro(show, $"the root is always the {small}; insert sifts up, extract sifts down", "That's a binary heap. Try your own operations.");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Narrate(Trace t, string top)
    {
        var extracted = t.Extracted.Where(x => x is not null).Select(x => x!.Value).ToList();
        return $"We run {t.Operations.Count} operations. Inserted values sift up until heap order holds; " +
               (extracted.Count > 0 ? $"extract removes {string.Join(", ", extracted)}, each time the {top}." : $"the root always holds the {top}.");
    }
}
