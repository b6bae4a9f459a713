using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// Singly linked list: the leading numbers build the list; then insert (at an index, at the head, or at
/// the end), delete by value and search. The next pointers are the arrows of a directed graph that are
/// rewired one at a time (<see cref="LinkedListScene"/>), with head and cur pointers.
/// </summary>
public sealed class LinkedListGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("linked-list", "Singly Linked List", "Data structures",
        ["singly linked list", "linked list", "linked-list", "linkedlist", "linked lists"],
        ["linked list 3 7 1 insert 5 at 1 delete 7", "linked list 10 20 30 prepend 5 append 40 search 30"],
        "the starting values, then operations: 'insert 5 at 1', 'prepend 5', 'append 9', 'delete 7', 'search 3'");

    private static readonly OperationParser Parser = new(
    [
        ("append", ["add", "push-back", "pushback"], true),
        ("insert", [], true),
        ("prepend", ["push-front", "pushfront"], true),
        ("delete", ["remove", "del", "erase"], true),
        ("search", ["find", "contains", "lookup"], true),
    ], "append", positions: true);

    public enum Outcome { Inserted, Deleted, NotFound, Found }

    /// <summary>What an operation did: its outcome, the index involved (-1 when not found) and the list after it.</summary>
    public sealed record Step(Operation Operation, Outcome Outcome, int Index, IReadOnlyList<int> After);

    public sealed record Trace(IReadOnlyList<int> Initial, IReadOnlyList<Step> Steps);

    /// <summary>Splits the prompt into the starting list (leading bare numbers) and the operations after it.</summary>
    public static (List<int> Initial, List<Operation> Ops) ReadOperations(string input, int seed, List<string> notes)
    {
        // A doubly linked or circular list is another structure: say so rather than draw a singly linked one.
        if (Generation.Input.PromptTokens.Split(input).FirstOrDefault(t => t.Equals("doubly", StringComparison.OrdinalIgnoreCase) || t.Equals("circular", StringComparison.OrdinalIgnoreCase)) is { } kind)
            throw new GeneratorInputException("operations", $"'{kind}': this lesson is a singly linked list (each node points to the next one); ask for 'linked list 1 2 3' to see it");
        var all = Parser.Parse(input);
        var initial = all.TakeWhile(o => o.Command == "append" && o.Position is null).Select(o => o.Value!.Value).ToList();
        var ops = all.Skip(initial.Count).Select(o => o.Command == "insert" && o.Position is null ? o with { Command = "append" } : o).ToList();
        if (initial.Count == 0 && ops.Count == 0)
        {
            initial = PromptTokens.RandomValues(seed, 4, 1, 99);
            var extra = PromptTokens.RandomValues(seed + 1, 6, 1, 99).Except(initial).Take(2).ToList();
            ops = [new("insert", extra[0], 2), new("prepend", extra[1]), new("delete", initial[1]), new("search", initial[3])];
            notes.Add($"no input given: list {Fmt.List(initial)}, then {string.Join(", ", ops)} (seed {seed})");
        }
        else if (ops.Count == 0)
        {
            var extra = PromptTokens.RandomValues(seed, 6, 1, 99).Except(initial).First();
            // A full list gets no default insert: the lesson must never exceed the cap on its own.
            ops = initial.Count < InputCaps.MaxListLength
                ? [new("insert", extra, Math.Min(1, initial.Count)), new("delete", initial[0]), new("search", initial[^1])]
                : [new("delete", initial[0]), new("search", initial[^1])];
            notes.Add($"no operations given: using {string.Join(", ", ops)}");
        }
        if (initial.Count > InputCaps.MaxListLength)
            throw new GeneratorInputException("operations", $"the list starts with {initial.Count} values; at most {InputCaps.MaxListLength} fit on screen");
        var list = initial.ToList();
        foreach (var op in ops)
        {
            if (op.Command == "insert" && op.Position > list.Count)
                throw new GeneratorInputException("operations", $"'insert {op.Value} at {op.Position}': the list has only {Fmt.Count(list.Count, "node")} then (positions 0..{list.Count})");
            Apply(list, op);
            if (list.Count > InputCaps.MaxListLength)
                throw new GeneratorInputException("operations", $"'{op}' would grow the list past {InputCaps.MaxListLength} nodes; use fewer inserts or a shorter starting list");
        }
        return (initial, ops);
    }

    private static (Outcome, int) Apply(List<int> list, Operation op)
    {
        var v = op.Value!.Value;
        switch (op.Command)
        {
            case "append": list.Add(v); return (Outcome.Inserted, list.Count - 1);
            case "prepend": list.Insert(0, v); return (Outcome.Inserted, 0);
            case "insert":
                var at = Math.Min(op.Position ?? list.Count, list.Count);
                list.Insert(at, v);
                return (Outcome.Inserted, at);
            case "delete":
                var i = list.IndexOf(v);
                if (i < 0) return (Outcome.NotFound, -1);
                list.RemoveAt(i);
                return (Outcome.Deleted, i);
            default:
                var j = list.IndexOf(v);
                return (j < 0 ? Outcome.NotFound : Outcome.Found, j);
        }
    }

    /// <summary>Runs the operations on the list (a first-match delete and search, as a singly linked list walks from the head).</summary>
    public static Trace Run(IReadOnlyList<int> initial, IReadOnlyList<Operation> ops)
    {
        var list = initial.ToList();
        var steps = new List<Step>();
        foreach (var op in ops)
        {
            var (outcome, index) = Apply(list, op);
            steps.Add(new Step(op, outcome, index, list.ToList()));
        }
        return new Trace(initial, steps);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (initial, ops) = ReadOperations(input, seed, notes);
        var trace = Run(initial, ops);
        var maxLen = Math.Max(initial.Count, trace.Steps.Max(s => s.After.Count));
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = $"{Fmt.List(initial)}, then {string.Join(", ", ops)}";
        LessonScenes.Intro(show, "Nodes that point to the next node",
        [
            "Each node holds a value and a pointer to the next node",
            "The list is reached through its head; the last node points to null",
            "Insert or delete by changing one or two pointers",
            "Finding a position means walking from the head",
        ], $"Start {Fmt.List(initial)} · then {string.Join(", ", ops)}",
            "A singly linked list is a chain of nodes, each pointing to the next. We reach it through the head pointer.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", "Singly Linked List", Narrate(trace));
        var panels = new LessonPanels(s, PseudocodeTables.LinkedList, [("x", "–"), ("i", "–"), ("cur", "–"), ("size", initial.Count.ToString())]);
        panels.Legend([("walking (cur)", "compare"), ("new / found", "found"), ("deleting", "swap")]);
        var list = new LinkedListScene(s, panels, initial, maxLen);
        list.Setup();
        s.Step(initial.Count == 0 ? "The list is empty: head = null" : $"The list {string.Join(" → ", initial)} → null").Pause(1.2);
        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            var v = op.Value!.Value;
            s.Heading(op.Command == "insert" ? $"insert({v}) at {step.Index}" : $"{op.Command}({v})")
             .Together(panels.Var("x", v.ToString()).Concat(panels.Var("i", "–")).Concat(panels.Var("cur", "–"))).Pause(0.3);
            switch (step.Outcome)
            {
                case Outcome.Inserted: list.Insert(v, step.Index); break;
                case Outcome.Deleted: list.Delete(step.Index); break;
                case Outcome.Found: list.Search(v, step.Index); break;
                default:
                    if (op.Command == "delete") list.NotFoundDelete(v);
                    else list.Search(v, -1);
                    break;
            }
        }
        var values = list.Values;
        s.Step($"Final list: {(values.Count == 0 ? "empty" : string.Join(" → ", values) + " → null")}").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "Nodes are linked by next pointers; the head gives access",
            "Insert/delete at a known node: change one or two pointers",
            "Reaching index i or a value means walking from the head",
            $"Here: final list {(values.Count == 0 ? "empty" : string.Join(" → ", values))}",
        ], ["Access/search: O(n); insert/delete at the head: O(1)", "Space: O(n), one pointer per node"],
            "A linked list trades fast insertion and deletion at a known node for slow access: finding a position means walking from the head.");
        LessonScenes.Outro(show, "a singly linked list", "inserting or deleting only rewires pointers; finding a position means walking from the head");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Narrate(Trace t) =>
        $"We start with {string.Join(", ", t.Initial)}. " + OperationSummary.Sentences(t.Steps.Select(s => s.Outcome switch
        {
            Outcome.Inserted => $"Insert {s.Operation.Value} at position {s.Index}.",
            Outcome.Deleted => $"Delete {s.Operation.Value}.",
            Outcome.Found => $"Search finds {s.Operation.Value} at position {s.Index}.",
            _ => $"{s.Operation.Value} is not in the list.",
        }).ToList(), t.Steps.Select(s => s.Operation.Command).ToList());
}
