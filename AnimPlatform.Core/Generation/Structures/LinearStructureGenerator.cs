using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// Stack (LIFO) and queue (FIFO) operations on a real <see cref="Stack{T}"/> / <see cref="Queue{T}"/>,
/// drawn as a horizontal row (spec §7.3: the stack's top and the queue's back are at the right).
/// </summary>
public abstract class LinearStructureGenerator : IShowGenerator
{
    public abstract GeneratorInfo Info { get; }
    protected abstract bool IsStack { get; }

    private string Add => IsStack ? "push" : "enqueue";
    private string Remove => IsStack ? "pop" : "dequeue";

    private OperationParser Parser => new(
    [
        (Add, IsStack ? ["add", "insert"] : ["add", "insert", "push", "offer"], true),
        (Remove, IsStack ? ["remove", "delete"] : ["remove", "delete", "pop", "poll"], false),
        ("peek", IsStack ? ["top"] : ["front", "peek"], false),
    ], Add);

    public enum Outcome { Added, Removed, Peeked, Empty }

    public sealed record Step(Operation Operation, Outcome Outcome, int? Value, IReadOnlyList<int> After);

    public sealed record Trace(IReadOnlyList<Step> Steps);

    /// <summary>Runs the operations on the real collection; the row order is bottom→top (stack) or front→back (queue).</summary>
    public Trace Run(IReadOnlyList<Operation> ops)
    {
        var stack = new Stack<int>();
        var queue = new Queue<int>();
        var steps = new List<Step>();
        IReadOnlyList<int> Row() => IsStack ? stack.Reverse().ToList() : queue.ToList();
        foreach (var op in ops)
        {
            var empty = IsStack ? stack.Count == 0 : queue.Count == 0;
            if (op.Command == Add)
            {
                if (IsStack) stack.Push(op.Value!.Value); else queue.Enqueue(op.Value!.Value);
                steps.Add(new Step(op, Outcome.Added, op.Value, Row()));
            }
            else if (empty)
            {
                steps.Add(new Step(op, Outcome.Empty, null, Row()));
            }
            else if (op.Command == "peek")
            {
                steps.Add(new Step(op, Outcome.Peeked, IsStack ? stack.Peek() : queue.Peek(), Row()));
            }
            else
            {
                steps.Add(new Step(op, Outcome.Removed, IsStack ? stack.Pop() : queue.Dequeue(), Row()));
            }
        }
        return new Trace(steps);
    }

    public List<Operation> ReadOperations(string input, int seed, List<string> notes)
    {
        var ops = Parser.Parse(input);
        if (ops.Count == 0)
        {
            var v = PromptTokens.RandomValues(seed, 5, 1, 99);
            ops = [new(Add, v[0]), new(Add, v[1]), new(Add, v[2]), new("peek"), new(Remove), new(Add, v[3]), new(Add, v[4]), new(Remove), new(Remove)];
            notes.Add($"no operations given: using {string.Join(", ", ops)} (seed {seed})");
        }
        var size = 0;
        foreach (var op in ops)
        {
            size = op.Command == Add ? size + 1 : op.Command == Remove ? Math.Max(0, size - 1) : size;
            if (size > InputCaps.MaxArray)
                throw new GeneratorInputException("operations", $"the {(IsStack ? "stack" : "queue")} would hold more than {InputCaps.MaxArray} values; use fewer");
        }
        return ops;
    }

    protected abstract string Subtitle { get; }
    protected abstract IReadOnlyList<string> IntroLines { get; }
    protected abstract IReadOnlyList<string> RecapPoints { get; }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var ops = ReadOperations(input, seed, notes);
        var trace = Run(ops);
        var name = IsStack ? "stack" : "queue";
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = string.Join(", ", ops);
        LessonScenes.Intro(show, Subtitle, IntroLines, "Operations: " + inputText,
            IsStack ? "A stack is a last in, first out structure: push adds on top, pop removes the top."
                    : "A queue is a first in, first out structure: enqueue adds at the back, dequeue removes the front.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", Info.Title, Narrate(trace, name),
            [("added", "done"), ("removed", "swap"), ("peeked", "compare")]);
        s.DataStructure(name, name, Theme.CenterX, 540, new JsonObject { ["cellWidth"] = 90, ["cellHeight"] = 60 });
        s.Text("ends", Theme.CenterX, 680, "22px sans-serif", Theme.Subtle, IsStack ? "bottom (left) … top (right): push and pop happen at the top" : "front (left) … back (right): enqueue at the back, dequeue at the front");
        s.Text("status", Theme.CenterX, 330, "bold 28px sans-serif", Theme.Accent);
        s.Text("removed", Theme.CenterX, 800, "bold 24px sans-serif", Theme.Subtle);
        s.Together(Act.FadeIn(name, 0.5), Act.FadeIn("ends", 0.5), Act.FadeIn("status", 0.3), Act.FadeIn("removed", 0.3));
        s.SetText("status", Status(IsStack, [])).Pause(0.6);
        // Pointers: top (stack), or front and back (queue); hidden while the structure is empty.
        // Below the cells: the row's caption sits above them.
        var pointers = IsStack ? new[] { ("top", "below") } : [("front", "below"), ("back", "below")];
        foreach (var (pid, side) in pointers) s.Add(PointerActs.Pointer(pid, name, 0, pid, side, pid == "front" ? "#00d2ff" : "#f1c40f"));
        var shown = false;
        void Point(IReadOnlyList<int> after)
        {
            if (after.Count == 0)
            {
                if (shown) s.Together(pointers.Select(p => Act.FadeOut(p.Item1, 0.3)));
                shown = false;
                return;
            }
            int At(string pid) => pid == "front" ? 0 : after.Count - 1;
            if (!shown)
            {
                s.Together(pointers.Select(p => PointerActs.Move(p.Item1, At(p.Item1), 0)));
                s.Together(pointers.Select(p => Act.FadeIn(p.Item1, 0.3)));
            }
            else s.Together(pointers.Select(p => PointerActs.Move(p.Item1, At(p.Item1), 0.35)));
            shown = true;
        }

        var removed = new List<int>();
        IReadOnlyList<int> row = [];
        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            s.SetText(StandardScenes.TitleId, op.Value is { } v ? $"{op.Command}({v})" : $"{op.Command}()");
            switch (step.Outcome)
            {
                case Outcome.Added:
                    s.Step(IsStack ? $"push({step.Value}): {step.Value} goes on top" : $"enqueue({step.Value}): {step.Value} joins at the back");
                    s.Do(IsStack ? Act.Push(name, [step.Value!.Value.ToString()], 0.6) : Act.Enqueue(name, [step.Value!.Value.ToString()], 0.6));
                    s.SetText("status", Status(IsStack, step.After));
                    Point(step.After);
                    s.Do(Act.HighlightCell(name, step.After.Count - 1, "$done", 0.3)).Pause(0.7)
                     .Do(Act.HighlightCell(name, step.After.Count - 1, "$base", 0.3));
                    break;
                case Outcome.Removed:
                {
                    var index = IsStack ? row.Count - 1 : 0;
                    s.Step(IsStack ? $"pop(): remove the top value {step.Value}" : $"dequeue(): remove the front value {step.Value}");
                    s.Do(Act.HighlightCell(name, index, "$swap", 0.35)).Pause(0.6)
                     .Do(IsStack ? Act.Pop(name, 0.7) : Act.Dequeue(name, 0.7));
                    s.SetText("status", Status(IsStack, step.After));
                    Point(step.After);
                    removed.Add(step.Value!.Value);
                    s.SetText("removed", $"Removed so far: {string.Join(", ", removed)}");
                    break;
                }
                case Outcome.Peeked:
                {
                    var index = IsStack ? row.Count - 1 : 0;
                    s.Step(IsStack ? $"peek(): the top is {step.Value} (nothing removed)" : $"peek(): the front is {step.Value} (nothing removed)");
                    s.Do(Act.HighlightCell(name, index, "$compare", 0.35)).Pause(1.0).Do(Act.HighlightCell(name, index, "$base", 0.3));
                    break;
                }
                case Outcome.Empty:
                    s.Step(op.Command == "peek" ? $"peek(): the {name} is empty — nothing to see"
                        : $"{op.Command}(): the {name} is empty — {(IsStack ? "stack underflow" : "nothing to dequeue")}").Pause(1.2);
                    break;
            }
            row = step.After;
            s.SetText("status", Status(IsStack, row)).Pause(0.8);
        }
        s.Step($"Final {name}: {Fmt.List(row)}").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show, RecapPoints.Concat([$"Here: removed {(removed.Count == 0 ? "nothing" : string.Join(", ", removed))} — final {Fmt.List(row)}"]).ToList(),
            ["Time: O(1) for every operation", "Space: O(n)"],
            IsStack ? "A stack adds and removes at the same end, so the last value in is the first out. Every operation takes constant time."
                    : "A queue adds at the back and removes at the front, so values leave in arrival order. Every operation takes constant time.");
        LessonScenes.Outro(show, RecapPoints[0], $"That's a {name}. Try your own operations.");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Status(bool stack, IReadOnlyList<int> row) =>
        row.Count == 0 ? "size = 0 (empty)"
            : stack ? $"size = {row.Count} · top = {row[^1]}" : $"size = {row.Count} · front = {row[0]} · back = {row[^1]}";

    private static string Narrate(Trace t, string name) =>
        $"We run {t.Steps.Count} operations on the {name}: " +
        string.Join(", ", t.Steps.Select(s => s.Outcome switch
        {
            Outcome.Added => $"add {s.Value}",
            Outcome.Removed => $"remove {s.Value}",
            Outcome.Peeked => $"peek sees {s.Value}",
            _ => "an operation on an empty " + name,
        })) + ".";
}
