using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Binary search tree: insert (animated with insert-node), search, delete (a leaf fades out with
/// delete-node; with one child the child's subtree slides up into the hole; with two children the
/// in-order successor moves up into the deleted node and its right child takes its place). The re-linked
/// tree replaces the old one by a cut only once the old one looks exactly like it, so nothing crossfades.
/// </summary>
public sealed class BstGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("bst", "Binary Search Tree", "Trees",
        ["binary search tree", "binary-search tree", "binary search trees", "bst"],
        ["bst insert 50 30 70 20 40 60 80 search 60 delete 30", "binary search tree 8 3 10 1 6 14 4 7 delete 3"],
        "operations such as 'insert 50 30 70 search 60 delete 30' (numbers alone are inserted)");

    private static readonly OperationParser Parser = new(
    [
        ("insert", ["add", "put"], true),
        ("search", ["find", "lookup", "contains"], true),
        ("delete", ["remove", "del", "erase"], true),
    ], "insert");

    public sealed record Trace(IReadOnlyList<Operation> Operations, IReadOnlyList<BstStep> Steps, IReadOnlyList<int> FinalInOrder);

    /// <summary>Runs the operations on a real BST.</summary>
    public static Trace Run(IReadOnlyList<Operation> ops)
    {
        var tree = new BinarySearchTree();
        var steps = new List<BstStep>();
        foreach (var op in ops)
        {
            var v = op.Value!.Value;
            steps.Add(op.Command switch
            {
                "insert" => tree.Insert(v),
                "search" => tree.Search(v),
                _ => tree.Delete(v),
            });
        }
        return new Trace(ops, steps, tree.InOrder());
    }

    public static List<Operation> ReadOperations(string input, int seed, List<string> notes)
    {
        var ops = Parser.Parse(input);
        if (ops.Count == 0)
        {
            var values = PromptTokens.RandomValues(seed, 7, 10, 99);
            ops = values.Select(v => new Operation("insert", v)).ToList();
            var tree = new BinarySearchTree();
            foreach (var v in values) tree.Insert(v);
            var nodes = tree.PreOrder();
            ops.Add(new Operation("search", values[new Random(seed).Next(values.Count)]));
            var victim = nodes.FirstOrDefault(n => n.Node.Left is not null && n.Node.Right is not null).Node ?? nodes[^1].Node;
            ops.Add(new Operation("delete", victim.Value));
            notes.Add($"no operations given: using {string.Join(", ", ops)} (seed {seed})");
        }
        var check = new BinarySearchTree();
        foreach (var op in ops)
        {
            if (op.Command == "insert") check.Insert(op.Value!.Value);
            else if (op.Command == "delete") check.Delete(op.Value!.Value);
            if (check.Count > InputCaps.MaxTreeNodes)
                throw new GeneratorInputException("operations", $"the tree would hold more than {InputCaps.MaxTreeNodes} values; use fewer so the video stays readable");
        }
        return ops;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var ops = ReadOperations(input, seed, notes);
        var trace = Run(ops);
        var maxHeight = Math.Max(1, trace.Steps.Max(s => s.HeightAfter));
        var levelSpacing = Math.Min(120, 480.0 / maxHeight);
        var rootY = LessonLayout.ContentTop + 70; // the lowest node stays above the in-order line and the legend
        var fit = TreeObjects.Fit(Versions(ops), levelSpacing, LessonLayout.DiagramLeft + 20, LessonLayout.DiagramRight - 20);
        var rootX = fit.RootX;

        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = string.Join(", ", ops);
        LessonScenes.Intro(show, "Smaller values to the left, larger to the right",
        [
            "Every node's left subtree holds smaller values, its right subtree larger ones",
            "Search, insert and delete follow one path from the root",
            "An in-order walk visits the values in sorted order",
            "Deleting a node with two children uses its in-order successor",
        ], "Operations: " + inputText,
            "A binary search tree keeps smaller values to the left and larger values to the right, so every operation follows a single path from the root.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", "Binary Search Tree", Narrate(trace));
        var panels = new LessonPanels(s, PseudocodeTables.Bst, [("x", "–"), ("node", "–"), ("comparisons", "0"), ("successor s", "–")]);
        panels.Legend([("comparing", "compare"), ("new / found", "found"), ("to delete", "swap"), ("successor", "queued"), ("removed", "discard")]);
        s.Text("inorder", LessonLayout.DiagramCenterX, 800, "bold 24px monospace", Theme.Accent, "In-order: (empty)");
        s.Together(panels.Ids.Append("inorder").Select(id => Act.FadeIn(id, 0.4)));

        var live = new BinarySearchTree();
        var version = 0;
        string? treeId = null;
        string? pointed = null; // the node the "node" pointer is on, while it shows

        string NewTreeVersion()
        {
            var id = $"tree{++version}";
            s.Add(TreeObjects.Build(id, rootX, rootY, live.Specs(), levelSpacing, fit: fit));
            if (!panels.HasPointer("node"))
            {
                panels.Pointer("node", id, live.Specs()[0].Id, ArrayLesson.Yellow, "above");
                panels.Pointer("s", id, live.Specs()[0].Id, ArrayLesson.Cyan, "above");
            }
            return id;
        }

        // Canvas point where the renderer draws each node of a tree with these nodes.
        Dictionary<string, (double X, double Y)> Where(IReadOnlyList<TreeNodeSpec> nodes) =>
            TreeObjects.Layout(nodes, levelSpacing, fit).ToDictionary(p => p.Key, p => (rootX + p.Value.X, rootY + p.Value.Y));

        IEnumerable<JsonObject> PointAt(int? value)
        {
            pointed = value is { } v ? new BstNode(v).Id : null;
            if (!panels.HasPointer("node")) return [];
            return panels.Point("node", pointed is null ? null : JsonValue.Create(pointed), 0.35, treeId);
        }

        // The in-order line, set with the step that changes it.
        JsonObject InOrderNow()
        {
            var inorder = live.InOrder();
            return Act.SetText("inorder", inorder.Count == 0 ? "In-order: (empty)" : "In-order: " + string.Join(" ", inorder));
        }

        // A cut to the re-linked tree at a moment the old one already looks exactly like it (no crossfade); the pointer moves along.
        void CutTo()
        {
            var old = treeId!;
            treeId = NewTreeVersion();
            var cut = new List<JsonObject> { Act.FadeOut(old, 0), Act.FadeIn(treeId, 0) };
            if (pointed is not null) cut.AddRange(panels.Point("node", JsonValue.Create(pointed), 0, treeId));
            s.Together(cut);
        }

        void SwapTo(string caption, string line)
        {
            var old = treeId;
            treeId = live.Count > 0 ? NewTreeVersion() : null;
            s.Step(caption);
            var actions = new List<JsonObject>(panels.Line(line)) { InOrderNow() };
            if (old is not null) actions.Add(Act.FadeOut(old, 0.8));
            if (treeId is not null) actions.Add(Act.FadeIn(treeId, 0.8));
            s.Together(actions).Pause(1.2);
        }

        void ResetNodes(IEnumerable<int> values)
        {
            if (treeId is not null) TreeObjects.Reset(s, treeId, values.Select(v => new BstNode(v).Id));
        }

        var comparisons = 0;
        void Walk(IReadOnlyList<int> path, int value)
        {
            foreach (var p in path)
            {
                var (caption, line) = value == p ? ($"{value} = {p} → here it is", "equal")
                    : value < p ? ($"{value} < {p} → go left", "left") : ($"{value} > {p} → go right", "right");
                comparisons++;
                s.Step(caption).Together(panels.Line(line).Concat(panels.Var("node", p.ToString())).Concat(panels.Var("comparisons", comparisons.ToString()))
                    .Concat(PointAt(p)).Append(Act.HighlightNode(treeId!, new BstNode(p).Id, "$compare", 0.35))).Pause(0.9);
            }
        }

        void EndOperation() => s.Together(PointAt(null).Concat(panels.HasPointer("s") ? panels.Point("s", null) : []));

        foreach (var op in ops)
        {
            var v = op.Value!.Value;
            comparisons = 0;
            s.Heading($"{char.ToUpperInvariant(op.Command[0])}{op.Command[1..]} {v}");
            s.Together(panels.Line("start").Concat(panels.Var("x", v.ToString())).Concat(panels.Var("node", treeId is null ? "null" : live.Root!.Value.ToString()))
                .Concat(panels.Var("comparisons", "0")).Concat(panels.Var("successor s", "–")).Append(Act.Pause(0.4)));
            switch (op.Command)
            {
                case "insert":
                {
                    var step = live.Insert(v);
                    if (step.Outcome == BstOutcome.Duplicate)
                    {
                        Walk(step.Path, v);
                        s.Step($"{v} is already in the tree — nothing to insert").Pause(1.5);
                        ResetNodes(step.Path);
                        break;
                    }
                    if (step.Parent is null)
                    {
                        SwapTo($"The tree is empty: {v} becomes the root", "insert");
                        break;
                    }
                    Walk(step.Path, v);
                    var id = new BstNode(v).Id;
                    s.Step($"Empty {step.Side} child of {step.Parent} → insert {v} there")
                     .Together(panels.Line("insert").Append(InOrderNow()).Append(Act.InsertNode(treeId!, id, new BstNode(step.Parent.Value).Id, step.Side!, v.ToString(), 0.9)))
                     .Do(Act.HighlightNode(treeId!, id, "$found", 0.3)).Pause(0.8);
                    ResetNodes(step.Path.Append(v));
                    // The inserted node becomes part of the tree's own node list (pointers may point at it), by a cut.
                    pointed = null;
                    s.Together(panels.Point("node", null));
                    CutTo();
                    break;
                }
                case "search":
                {
                    var step = live.Search(v);
                    if (treeId is null)
                    {
                        s.Step($"The tree is empty — {v} is not found").Together(panels.Line("missing").Append(Act.Pause(1.5)));
                        break;
                    }
                    Walk(step.Path, v);
                    if (step.Outcome == BstOutcome.Found)
                        s.Step($"Found {v} after {Fmt.Count(step.Path.Count, "comparison")}").Do(Act.HighlightNode(treeId, new BstNode(v).Id, "$found", 0.4)).Pause(1.8);
                    else
                        s.Step($"Reached an empty child — {v} is not in the tree").Together(panels.Line("missing").Concat(panels.Var("node", "null")).Concat(PointAt(null)).Append(Act.Pause(1.8)));
                    ResetNodes(step.Path);
                    break;
                }
                default:
                {
                    var beforeSpecs = live.Specs();
                    var found = Find(live.Root, v);
                    var child = found is null ? null : found.Left ?? found.Right;
                    var succRight = found is { Left: not null, Right: not null } ? Leftmost(found.Right!).Right?.Value : null;
                    var step = live.Delete(v);
                    if (treeId is null)
                    {
                        s.Step($"The tree is empty — nothing to delete").Together(panels.Line("missing").Append(Act.Pause(1.5)));
                        break;
                    }
                    Walk(step.Path, v);
                    var id = new BstNode(v).Id;
                    switch (step.Outcome)
                    {
                        case BstOutcome.NotDeleted:
                            s.Step($"Reached an empty child — {v} is not in the tree, nothing to delete")
                             .Together(panels.Line("missing").Concat(panels.Var("node", "null")).Concat(PointAt(null)).Append(Act.Pause(1.8)));
                            ResetNodes(step.Path);
                            break;
                        case BstOutcome.DeletedLeaf:
                            s.Step($"{v} is a leaf → just remove it").Together(panels.Line("leaf").Append(Act.HighlightNode(treeId, id, "$swap", 0.4))).Pause(1.2);
                            if (live.Count == 0)
                            {
                                EndOperation();
                                SwapTo("The tree is now empty", "leaf");
                                break;
                            }
                            s.Together(PointAt(null).Append(InOrderNow()).Append(Act.DeleteNode(treeId, id, 1.0))).Pause(0.5);
                            ResetNodes(step.Path.Take(step.Path.Count - 1));
                            break;
                        case BstOutcome.DeletedOneChild:
                        {
                            var c = child!.Value;
                            s.Step($"{v} has one child ({c}) → link {(step.Parent is null ? "it as the new root" : $"it to {step.Parent}")}")
                             .Together(panels.Line("splice").Append(Act.HighlightNode(treeId, id, "$swap", 0.4))).Pause(1.4);
                            ResetNodes(step.Path.Take(step.Path.Count - 1));
                            // The child's subtree slides up into the hole; the removed node slides under the child.
                            var after = Where(live.Specs());
                            s.Step($"{c}'s subtree moves up into {v}'s place")
                             .Together(PointAt(null).Append(InOrderNow()).Concat(after.Select(p => Act.MoveNode(treeId, p.Key, p.Value.X, p.Value.Y, 1.0)))
                                 .Append(Act.MoveNode(treeId, id, after[new BstNode(c).Id].X, after[new BstNode(c).Id].Y, 1.0))
                                 .Append(Act.NodeStyle(treeId, id, Theme.Color("discard"), Theme.BaseStroke, 3, 0.5)))
                             .Pause(0.3);
                            CutTo();
                            s.Pause(0.6);
                            break;
                        }
                        default:
                        {
                            s.Step($"{v} has two children → find its in-order successor").Together(panels.Line("succ").Append(Act.HighlightNode(treeId, id, "$swap", 0.4))).Pause(1.4);
                            var sp = step.SuccessorPath;
                            for (var i = 0; i < sp.Count; i++)
                                s.Step(i == 0 ? $"Go right once: {sp[i]}" : $"Then left as far as possible: {sp[i]}")
                                 .Together(panels.Var("successor s", sp[i].ToString()).Concat(panels.Point("s", JsonValue.Create(new BstNode(sp[i]).Id), 0.35, treeId))
                                     .Append(Act.HighlightNode(treeId, new BstNode(sp[i]).Id, i == sp.Count - 1 ? "$queued" : "$compare", 0.35))).Pause(0.9);
                            var succ = sp[^1];
                            var succId = new BstNode(succ).Id;
                            var succParent = sp.Count >= 2 ? sp[^2] : v;
                            var before = Where(beforeSpecs);
                            ResetNodes(step.Path.Take(step.Path.Count - 1).Concat(sp.Take(sp.Count - 1)));
                            // The successor lets go of its links and its value moves up into the deleted node; the in-order line loses v now.
                            var unlink = new List<JsonObject>(panels.Point("s", null)) { Act.HighlightEdge(treeId, new BstNode(succParent).Id, succId, Hidden, 0.3) };
                            if (succRight is { } r) unlink.Add(Act.HighlightEdge(treeId, succId, new BstNode(r).Id, Hidden, 0.3));
                            s.Step($"Successor {succ}: the smallest value right of {v} — it moves up into {v}'s node")
                             .Together(unlink.Concat(panels.Line("replace")).Concat(PointAt(null)).Append(InOrderNow()))
                             .Do(Act.MoveNode(treeId, succId, before[id].X, before[id].Y, 1.0)).Pause(0.8);
                            var after = Where(live.Specs());
                            s.Step(succRight is { } right
                                    ? $"{right} takes the old place of {succ}: link it to {succParent}"
                                    : $"The old place of {succ} was a leaf — nothing to re-link")
                             .Together(after.Select(p => Act.MoveNode(treeId, p.Key, p.Value.X, p.Value.Y, 1.0))
                                 .Append(Act.MoveNode(treeId, id, after[succId].X, after[succId].Y, 1.0))
                                 .Append(Act.NodeStyle(treeId, id, Theme.Color("discard"), Theme.BaseStroke, 3, 0.5)))
                             .Pause(0.2);
                            CutTo();
                            s.Do(Act.HighlightNode(treeId, succId, "$queued", 0.01));
                            s.Step($"{v} replaced by {succ} — the order is kept").Pause(1.2);
                            ResetNodes([succ]);
                            break;
                        }
                    }
                    break;
                }
            }
            EndOperation();
        }
        s.Step($"Done — the in-order walk is sorted: {string.Join(" ", live.InOrder())}").Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "Left subtree < node < right subtree, at every node",
            "Search and insert follow one root-to-leaf path",
            "Delete: leaf → remove; one child → splice; two → successor",
            $"Here: final height {Math.Max(0, live.Height())}, in-order {string.Join(" ", live.InOrder())}",
        ], ["Time: O(h) per operation — O(log n) balanced, O(n) worst", "Space: O(n)"],
            "A binary search tree keeps its values ordered so each operation follows one path. Its cost depends on the height, logarithmic when balanced and linear when it degenerates into a list.");
        LessonScenes.Outro(show, "a binary search tree", "every comparison discards one subtree, so a balanced tree needs only O(log n) steps");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    /// <summary>Every tree the walkthrough draws (after each operation), so one fit holds for all of them.</summary>
    private static List<IReadOnlyList<TreeNodeSpec>> Versions(IReadOnlyList<Operation> ops)
    {
        var tree = new BinarySearchTree();
        var versions = new List<IReadOnlyList<TreeNodeSpec>>();
        foreach (var op in ops)
        {
            if (op.Command == "insert") tree.Insert(op.Value!.Value);
            else if (op.Command == "delete") tree.Delete(op.Value!.Value);
            versions.Add(tree.Specs());
        }
        return versions;
    }

    /// <summary>A fully transparent colour: an edge that lets go of its node before it moves away.</summary>
    private const string Hidden = "#00000000";

    private static BstNode? Find(BstNode? n, int v)
    {
        while (n is not null && n.Value != v) n = v < n.Value ? n.Left : n.Right;
        return n;
    }

    private static BstNode Leftmost(BstNode n)
    {
        while (n.Left is not null) n = n.Left;
        return n;
    }

    private static string Narrate(Trace t)
    {
        var parts = t.Steps.Select(s => s.Outcome switch
        {
            BstOutcome.Inserted => $"insert {s.Value}",
            BstOutcome.Duplicate => $"{s.Value} is already there",
            BstOutcome.Found => $"search {s.Value}: found",
            BstOutcome.NotFound => $"search {s.Value}: not found",
            BstOutcome.NotDeleted => $"{s.Value} cannot be deleted, it is not there",
            _ => $"delete {s.Value}",
        });
        return "We " + OperationSummary.Of(parts.ToList(), t.Steps.Select(s => s.Command).ToList()) + (t.FinalInOrder.Count == 0 ? ". The tree ends empty." : $". The tree ends with {Fmt.Count(t.FinalInOrder.Count, "value")} and height {Math.Max(0, t.Steps[^1].HeightAfter)}.");
    }
}
