using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
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

        var s = StandardScenes.Walkthrough(show, "walkthrough", Info.Title, Narrate(trace, name));
        var capacity = Math.Max(1, trace.Steps.Max(x => x.After.Count));
        var cell = Math.Min(150, (LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 80) / capacity - 6);
        s.DataStructure(name, name, LessonLayout.DiagramCenterX, 470,
            LessonLayout.Legible(new JsonObject { ["cellWidth"] = Math.Round(cell, 1), ["cellHeight"] = 84, ["gap"] = 6 }));
        s.Text("ends", LessonLayout.DiagramCenterX, 640, "22px sans-serif", Theme.Subtle, IsStack ? "bottom (left) … top (right): push and pop happen at the top" : "front (left) … rear (right): enqueue at the rear, dequeue at the front");
        s.Text("removed", LessonLayout.DiagramCenterX, 730, "bold 24px sans-serif", Theme.Subtle);
        var panels = new LessonPanels(s, IsStack ? PseudocodeTables.Stack : PseudocodeTables.Queue,
            IsStack ? [("x", "–"), ("top", "−1"), ("a[top]", "–"), ("size", "0")] : [("x", "–"), ("front", "–"), ("rear", "–"), ("size", "0")]);
        panels.Legend([("added", "done"), ("removed", "swap"), ("peeked", "compare")]);
        // Pointers: top (stack), or front and rear (queue); hidden while the structure is empty.
        var pointers = IsStack ? new[] { "top" } : ["front", "rear"];
        foreach (var pid in pointers) panels.Pointer(pid, name, 0, pid == "front" ? ArrayLesson.Cyan : ArrayLesson.Yellow);
        s.Together(new[] { name, "ends", "removed" }.Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.5))).Pause(0.6);

        // The pointers and the variables panel after a change of the row.
        IEnumerable<JsonObject> State(IReadOnlyList<int> after)
        {
            var moves = pointers.SelectMany(pid => panels.Point(pid, after.Count == 0 ? null : JsonValue.Create(pid == "front" ? 0 : after.Count - 1)));
            var vars = IsStack
                ? panels.Var("top", (after.Count - 1).ToString().Replace("-", "−")).Concat(panels.Var("a[top]", after.Count == 0 ? "–" : after[^1].ToString()))
                : panels.Var("front", after.Count == 0 ? "–" : after[0].ToString()).Concat(panels.Var("rear", after.Count == 0 ? "–" : after[^1].ToString()));
            return moves.Concat(vars).Concat(panels.Var("size", after.Count.ToString()));
        }

        var removed = new List<int>();
        IReadOnlyList<int> row = [];
        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            s.Heading(op.Value is { } v ? $"{op.Command}({v})" : $"{op.Command}()");
            switch (step.Outcome)
            {
                case Outcome.Added:
                    s.Step(IsStack ? $"{step.Value} goes on top" : $"{step.Value} joins at the rear");
                    s.Together(panels.Line(Add).Concat(panels.Var("x", step.Value!.Value.ToString()))
                        .Append(IsStack ? Act.Push(name, [step.Value!.Value.ToString()], 0.6) : Act.Enqueue(name, [step.Value!.Value.ToString()], 0.6)));
                    s.Together(State(step.After).Append(Act.HighlightCell(name, step.After.Count - 1, "$done", 0.3))).Pause(0.7)
                     .Do(Act.HighlightCell(name, step.After.Count - 1, "$base", 0.3));
                    break;
                case Outcome.Removed:
                {
                    var index = IsStack ? row.Count - 1 : 0;
                    s.Step(IsStack ? $"Remove the top value {step.Value}" : $"Remove the front value {step.Value}");
                    s.Together(panels.Line(Remove).Concat(panels.Var("x", step.Value!.Value.ToString())).Append(Act.HighlightCell(name, index, "$swap", 0.35))).Pause(0.6)
                     .Do(IsStack ? Act.Pop(name, 0.7) : Act.Dequeue(name, 0.7));
                    removed.Add(step.Value!.Value);
                    s.SetText("removed", $"Removed so far: {string.Join(", ", removed)}");
                    s.Together(State(step.After));
                    break;
                }
                case Outcome.Peeked:
                {
                    var index = IsStack ? row.Count - 1 : 0;
                    s.Step(IsStack ? $"The top is {step.Value} (nothing removed)" : $"The front is {step.Value} (nothing removed)");
                    s.Together(panels.Line("peek").Concat(panels.Var("x", step.Value!.Value.ToString())).Append(Act.HighlightCell(name, index, "$compare", 0.35)))
                     .Pause(1.0).Do(Act.HighlightCell(name, index, "$base", 0.3));
                    break;
                }
                case Outcome.Empty:
                    s.Step(op.Command == "peek" ? $"The {name} is empty — nothing to see"
                        : $"The {name} is empty — {(IsStack ? "stack underflow" : "nothing to dequeue")}")
                     .Together(panels.Line("empty").Concat(panels.Var("x", "–")).Append(Act.Pause(1.2)));
                    break;
            }
            row = step.After;
            s.Pause(0.8);
        }
        // The contents as words ("10, 20"): a one-value list in brackets ("[10]") is read as an index ("position 10").
        var contents = row.Count == 0 ? "empty" : $"{string.Join(", ", row)} ({(IsStack ? "bottom to top" : "front to back")})";
        s.Step($"Final {name}: {contents}").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show, RecapPoints.Concat([$"Here: removed {(removed.Count == 0 ? "nothing" : string.Join(", ", removed))} — final {contents}"]).ToList(),
            ["Time: O(1) for every operation", "Space: O(n)"],
            IsStack ? "A stack adds and removes at the same end, so the last value in is the first out. Every operation takes constant time."
                    : "A queue adds at the back and removes at the front, so values leave in arrival order. Every operation takes constant time.");
        LessonScenes.Outro(show, $"a {name}", RecapPoints[0]);
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Narrate(Trace t, string name)
    {
        var parts = t.Steps.Select(s => s.Outcome switch
        {
            Outcome.Added => $"add {s.Value}",
            Outcome.Removed => $"remove {s.Value}",
            Outcome.Peeked => $"peek sees {s.Value}",
            _ => "an operation on an empty " + name,
        }).ToList();
        var what = parts.Count <= OperationSummary.MaxListed ? string.Join(", ", parts) : OperationSummary.Counted(t.Steps.Select(s => s.Operation.Command).ToList());
        return $"We run {t.Steps.Count} operations on the {name}: {what}.";
    }
}
