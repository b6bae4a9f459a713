using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Binary min- or max-heap: insert (sift up) and extract (sift down), drawn twice — as a complete binary
/// tree of the slots in use and, under it, as the array that stores it (<see cref="HeapScene"/>), with the
/// pseudocode and live variables in the panel column.
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

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var max = ReadOrder(ref input);
        var ops = ReadOperations(input, seed, notes);
        var trace = Run(ops, max);
        var (top, small, cmp) = max ? ("maximum", "largest", "≥") : ("minimum", "smallest", "≤");
        var title = max ? "Binary Max-Heap" : "Binary Min-Heap";
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

        var s = StandardScenes.Walkthrough(show, "walkthrough", title, Narrate(trace, top));
        var panels = new LessonPanels(s, PseudocodeTables.Heap(max), [("n", "0"), ("i", "–"), ("parent / child", "–"), ("swaps", "0")]);
        panels.Legend([("comparing", "compare"), ("swapping", "swap"), ($"new / {top}", "found")]);

        var scene = new HeapScene(s, trace, panels);
        scene.Setup();
        foreach (var op in ops)
        {
            if (op.Command == "insert")
            {
                s.Heading($"Insert {op.Value!.Value}").Pause(0.3);
                scene.Insert(op.Value!.Value);
            }
            else
            {
                s.Heading($"Extract the {top}").Pause(0.3);
                scene.Extract(top);
            }
        }
        var values = scene.Values;
        var extracted = trace.Extracted.Where(x => x is not null).Select(x => x!.Value).ToList();

        s.Step($"Heap: {Fmt.List(values)} — every parent {cmp} its children").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "Stored as an array: children of i at 2i+1 and 2i+2",
            $"Insert: add at the end, swap up while {(max ? "larger" : "smaller")} than the parent",
            $"Extract: move the last value to the root, swap down with the {(max ? "larger" : "smaller")} child",
            extracted.Count > 0 ? $"Here: extracted {string.Join(", ", extracted)} — always the {top}" : $"Here: heap {Fmt.List(values)}",
        ], [$"Insert and extract: O(log n); find-{top[..3]}: O(1)", "Space: O(n), no pointers needed"],
            $"A binary heap keeps the {top} at the root. Inserting sifts a value up and extracting the {top} sifts the moved value down, both in logarithmic time.");
        LessonScenes.Outro(show, "a binary heap", $"the root is always the {small}; insert sifts up, extract sifts down");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Narrate(Trace t, string top)
    {
        var extracted = t.Extracted.Where(x => x is not null).Select(x => x!.Value).ToList();
        return $"We run {t.Operations.Count} operations. Inserted values sift up until heap order holds; " +
               (extracted.Count > 0 ? $"extract removes {string.Join(", ", extracted)}, each time the {top}." : $"the root always holds the {top}.");
    }
}
