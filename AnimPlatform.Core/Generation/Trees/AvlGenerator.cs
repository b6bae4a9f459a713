using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// AVL tree insert: each value walks down as in a BST and is inserted as a leaf; on the way back up the
/// heights and balances are shown, and the first node out of balance is fixed by its rotation(s) — the
/// nodes slide to their new places, then the edges re-link.
/// </summary>
public sealed class AvlGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("avl", "AVL Tree", "Trees",
        ["avl tree", "avl", "avl trees", "avl insert", "avl rotation", "avl rotations", "avl tree rotations",
         "self balancing tree", "self-balancing tree", "balanced binary search tree"],
        ["avl insert 10 20 30 40 50 25", "avl tree 30 20 10 25 28 27"],
        "values to insert, e.g. 'insert 10 20 30 40 50 25' (numbers alone are inserted)");

    private static readonly OperationParser Parser = new([("insert", ["add", "put"], true)], "insert");

    /// <summary>The run: each insert's step, and the final tree's keys in order, height, root and the root's balance.</summary>
    public sealed record Trace(IReadOnlyList<int> Values, IReadOnlyList<AvlStep> Steps, IReadOnlyList<int> FinalInOrder, int FinalHeight,
        int? FinalRoot = null, int FinalRootBalance = 0);

    public static Trace Run(IReadOnlyList<int> values)
    {
        var tree = new AvlTree();
        var steps = values.Select(tree.Insert).ToList();
        return new Trace(values, steps, tree.InOrder(), tree.Height, tree.RootValue, tree.RootBalance);
    }

    public static List<int> ReadValues(string input, int seed, List<string> notes)
    {
        var values = Parser.Parse(input).Select(o => o.Value!.Value).ToList();
        if (values.Count == 0)
        {
            // Random values, the first three in ascending order so the lesson opens with a rotation.
            var random = PromptTokens.RandomValues(seed, 7, 10, 99);
            values = random.Take(3).Order().Concat(random.Skip(3)).ToList();
            notes.Add($"no values given: inserting {string.Join(", ", values)} (seed {seed})");
        }
        if (values.Distinct().Count() > InputCaps.MaxTreeNodes)
            throw new GeneratorInputException("values", $"the tree would hold more than {InputCaps.MaxTreeNodes} values; use fewer so the video stays readable");
        return values;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var values = ReadValues(input, seed, notes);
        var trace = Run(values);
        // One fit for every tree the walkthrough draws (before and after each rotation), so no node leaves the diagram area.
        var versions = Versions(trace);
        var depth = Math.Max(1, versions.Max(HeightOf));
        var rootY = LessonLayout.ContentTop + 70;
        // The lowest node stays above the height line; up to 150 px between levels so a shallow tree's wide top edges are not flat.
        var levelSpacing = Math.Min(150, 490.0 / Math.Max(1, depth - 1));
        // The spacing is not capped at the usual 140 px: the widest version spreads over the whole diagram area.
        var fit = TreeObjects.Fit(versions.Select(v => (IReadOnlyList<TreeNodeSpec>)Specs(v)), levelSpacing, LessonLayout.DiagramLeft + 20, LessonLayout.DiagramRight - 20,
            maxSpacing: LessonLayout.DiagramRight - LessonLayout.DiagramLeft);
        var rootX = fit.RootX;

        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = string.Join(", ", values);
        LessonScenes.Intro(show, "A binary search tree that keeps itself balanced",
        [
            "After each insert, every node's two subtrees differ in height by at most one",
            "Balance = height(left) − height(right); ±2 means a rotation is needed",
            "Four cases: LL and RR need one rotation, LR and RL need two",
        ], "Insert: " + inputText,
            "An AVL tree is a binary search tree that rebalances itself: after an insert, the first node whose subtrees differ in height by two is fixed with a rotation.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", "AVL Tree", Narrate(trace));
        var panels = new LessonPanels(s, PseudocodeTables.AvlInsert,
            [("x", "–"), ("node", "–"), ("height h", "–"), ("balance b", "–"), ("rotations", "0")]);
        panels.Legend([("comparing", "compare"), ("new", "found"), ("out of balance", "swap"), ("rotates", "queued")]);
        s.Text(HeightsId, LessonLayout.DiagramCenterX, 800, "bold 24px monospace", Theme.Accent, "The tree is empty");
        s.Together(panels.Ids.Append(HeightsId).Select(id => Act.FadeIn(id, 0.4)));

        var version = 0;
        var rotations = 0;
        string? treeId = null;
        IReadOnlyList<(int Value, int? Parent, string? Side)> drawn = [];

        string Add(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes)
        {
            var id = $"tree{++version}";
            s.Add(TreeObjects.Build(id, rootX, rootY, Specs(nodes), levelSpacing, fit: fit));
            if (!panels.HasPointer("node")) panels.Pointer("node", id, new BstNode(nodes[0].Value).Id, ArrayLesson.Yellow, "above");
            drawn = nodes;
            return id;
        }

        // Canvas points where the renderer draws each node of a tree with these nodes.
        Dictionary<int, (double X, double Y)> Where(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes) =>
            Layout(nodes, levelSpacing, fit).ToDictionary(p => p.Key, p => (rootX + p.Value.X, rootY + p.Value.Y));

        // The "node" pointer on the node checked (null hides it); it follows the tree version on screen.
        IEnumerable<JsonObject> PointAt(int? value) =>
            !panels.HasPointer("node") ? [] : panels.Point("node", value is { } v ? JsonValue.Create(new BstNode(v).Id) : null, 0.35, treeId);

        // The re-linked tree replaces the old one where its nodes already stand, so only the edges change.
        var look = new Dictionary<int, string>();
        JsonObject Hl(int value, string color, double d)
        {
            look[value] = color;
            return Act.HighlightNode(treeId!, new BstNode(value).Id, "$" + color, d);
        }

        // A graph of the drawn nodes where they stand, with only the links the rotation keeps; the tree is cut to it.
        string Detached(IReadOnlyList<(int Value, int? Parent, string? Side)> now, IReadOnlyList<(int Value, int? Parent, string? Side)> after)
        {
            var at = Where(now);
            var kept = now.Where(n => n.Parent is not null).Select(n => (n.Parent!.Value, n.Value))
                .Intersect(after.Where(n => n.Parent is not null).Select(n => (n.Parent!.Value, n.Value))).ToList();
            var id = $"rot{++version}";
            s.Add(new JsonObject
            {
                ["id"] = id,
                ["type"] = "graph",
                ["nodes"] = new JsonArray(now.Select(n => (JsonNode?)new JsonObject
                {
                    ["id"] = new BstNode(n.Value).Id, ["label"] = n.Value.ToString(),
                    ["x"] = Math.Round(at[n.Value].X, 2), ["y"] = Math.Round(at[n.Value].Y, 2),
                }).ToArray()),
                ["edges"] = new JsonArray(kept.Select(e => (JsonNode?)new JsonObject { ["from"] = new BstNode(e.Item1).Id, ["to"] = new BstNode(e.Item2).Id }).ToArray()),
                // The tree's look (its fitted radius and label size), so the cut changes nothing but the links that go.
                ["style"] = new JsonObject
                {
                    ["nodeRadius"] = fit.Radius, ["labelFont"] = $"{fit.LabelSize}px",
                    ["nodeColor"] = Theme.BaseFill, ["nodeStroke"] = Theme.BaseStroke, ["edgeColor"] = Theme.Color("edgeBase"), ["edgeWidth"] = 3,
                },
            });
            Restyle(id);
            s.Together(Act.FadeOut(treeId!, 0), Act.FadeIn(id, 0));
            treeId = id;
            return id;
        }

        // Carries the node colours over to a new object before it is shown.
        void Restyle(string id) =>
            s.Together(look.Where(l => drawn.Any(n => n.Value == l.Key)).Select(l => Act.HighlightNode(id, new BstNode(l.Key).Id, "$" + l.Value, 0)));

        void Relink(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes, string caption, double crossfade, IEnumerable<JsonObject> with)
        {
            var old = treeId;
            treeId = Add(nodes);
            Restyle(treeId);
            s.Step(caption);
            var actions = new List<JsonObject>(with) { Act.FadeIn(treeId, crossfade) };
            if (old is not null) actions.Add(Act.FadeOut(old, crossfade));
            s.Together(actions).Pause(0.4);
        }

        // A cut to a tree object that lists the inserted node itself (the pointer may then point at it).
        void CutTo(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes)
        {
            var old = treeId!;
            treeId = Add(nodes);
            Restyle(treeId);
            s.Together(Act.FadeOut(old, 0), Act.FadeIn(treeId, 0));
        }

        foreach (var step in trace.Steps)
        {
            var v = step.Value;
            s.Heading($"Insert {v}");
            s.Together(panels.Line("walk").Concat(panels.Var("x", v.ToString())).Concat(panels.Var("node", treeId is null ? "null" : step.Path[0].ToString()))
                .Concat(panels.Var("height h", "–")).Concat(panels.Var("balance b", "–")).Append(Act.Pause(0.3)));
            foreach (var p in step.Path)
            {
                var caption = v == p ? $"{v} = {p} → already in the tree" : v < p ? $"{v} < {p} → go left" : $"{v} > {p} → go right";
                s.Step(caption).Together(panels.Line(v == p ? "dup" : "walk").Concat(panels.Var("node", p.ToString())).Concat(PointAt(p))
                    .Append(Hl(p, "compare", 0.3))).Pause(0.6);
            }
            if (step.Duplicate)
            {
                s.Step($"{v} is already in the tree — nothing to insert").Pause(1.2);
                Reset(step.Path);
                s.Together(PointAt(null));
                continue;
            }
            var id = new BstNode(v).Id;
            if (step.Parent is null)
            {
                Relink([(v, null, null)], $"The tree is empty: {v} becomes the root", 0.6,
                    panels.Line("leaf").Concat(panels.Var("node", v.ToString())).Append(Act.SetText(HeightsId, "Tree height: 1")));
                s.Do(Hl(v, "found", 0.3)).Pause(0.5);
                Reset([v]);
                continue;
            }
            s.Step($"Empty {step.Side} child of {step.Parent} → insert {v} there")
             .Together(panels.Line("leaf").Concat(PointAt(null)).Append(Act.InsertNode(treeId!, id, new BstNode(step.Parent.Value).Id, step.Side!, v.ToString(), 0.8)))
             .Do(Hl(v, "found", 0.3)).Pause(0.4);
            Reset(step.Path);
            CutTo([.. drawn, (v, step.Parent, step.Side)]);
            s.SetText(HeightsId, $"Tree height: {HeightOf(drawn)}");

            // Back up the path: the heights and balances that decide whether to rotate.
            foreach (var (value, height, balance) in step.HeightsUp)
            {
                var bad = Math.Abs(balance) >= 2;
                s.Step(bad ? $"Node {value}: height {height}, balance {balance:+0;-0} → out of balance" : $"Back up: {value} has height {height}, balance {balance:+0;-0;0} → balanced")
                 .Together(panels.Line(bad ? "balance" : "ok").Concat(panels.Var("node", value.ToString())).Concat(panels.Var("height h", height.ToString()))
                     .Concat(panels.Var("balance b", balance.ToString("+0;-0;0"))).Concat(PointAt(value)).Append(Hl(value, bad ? "swap" : "compare", 0.3)))
                 .Pause(bad ? 1.0 : 0.5);
                if (!bad) Reset([value]);
            }
            if (step.Fix is { } fix)
            {
                var explain = fix.Case switch
                {
                    "LL" => $"Left-left case at {fix.Unbalanced} → one right rotation",
                    "RR" => $"Right-right case at {fix.Unbalanced} → one left rotation",
                    "LR" => $"Left-right case at {fix.Unbalanced} → rotate left at its left child, then right at {fix.Unbalanced}",
                    _ => $"Right-left case at {fix.Unbalanced} → rotate right at its right child, then left at {fix.Unbalanced}",
                };
                s.Step(explain).Together(panels.Line(fix.Case).Append(Act.Pause(1.4)));
                foreach (var rotation in fix.Rotations)
                {
                    var targets = Where(rotation.TreeAfter);
                    s.Together(PointAt(null).Append(Hl(rotation.At, "queued", 0.3)));
                    // The links that change let go first (a graph of the same nodes, cut to while it looks the same
                    // minus those links), the nodes slide to their new places, then the re-linked tree appears.
                    var loose = Detached(drawn, rotation.TreeAfter);
                    rotations++;
                    s.Step($"Rotate {rotation.Direction} at {rotation.At}: its {(rotation.Direction == "right" ? "left" : "right")} child moves up")
                     .Together(rotation.TreeAfter.Select(n => Act.MoveNode(loose, new BstNode(n.Value).Id, targets[n.Value].X, targets[n.Value].Y, 1.0))
                         .Concat(panels.Var("rotations", rotations.ToString())))
                     .Pause(0.3);
                    Relink(rotation.TreeAfter, $"Re-link: {DescribeLinks(rotation)}", 0.4, []);
                }
            }
            // The insert is over: its new node (and anything still lit) goes back to the plain colour.
            Reset(look.Keys.ToList());
            s.Together(PointAt(null).Append(Act.SetText(HeightsId, $"Tree height: {HeightOf(drawn)}"))).Pause(0.3);
        }
        // The algorithm has ended: no line stays lit, no insert is running, and the panel shows the final tree at its root.
        var root = trace.FinalRoot!.Value;
        s.Step($"Done — in-order {string.Join(" ", trace.FinalInOrder)}, height {trace.FinalHeight} for {trace.FinalInOrder.Count} values")
         .Together(panels.NoLine().Concat(panels.Var("x", "–")).Concat(panels.Var("node", root.ToString())).Concat(panels.Var("height h", trace.FinalHeight.ToString()))
             .Concat(panels.Var("balance b", trace.FinalRootBalance.ToString("+0;-0;0"))).Concat(PointAt(root)))
         .Pause(1.5).FadeOutAll();

        LessonScenes.Recap(show,
        [
            "After every insert each node's balance is −1, 0 or +1",
            "Only the lowest unbalanced node on the insert path needs fixing",
            "LL/RR: one rotation; LR/RL: two rotations",
            $"Here: {Fmt.Count(trace.Steps.Count(x => x.Fix is not null), "rebalancing")}, final height {trace.FinalHeight} for {trace.FinalInOrder.Count} values",
        ], ["Time: O(log n) per insert, rotations O(1)", "Height: at most about 1.44 log₂ n"],
            "Balancing keeps the height logarithmic, so search and insert stay fast whatever the order of the values.");
        LessonScenes.Outro(show, "an AVL tree", "a rotation restores balance in constant time without breaking the search order");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);

        void Reset(IEnumerable<int> nodes)
        {
            nodes = nodes.ToList();
            foreach (var n in nodes) look.Remove(n);
            if (treeId is not null) TreeObjects.Reset(s, treeId, nodes.Select(n => new BstNode(n).Id), 0.25);
        }
    }

    private const string HeightsId = "heights";

    /// <summary>Every tree the walkthrough draws: after each insert (before its fix) and after each rotation.</summary>
    public static List<IReadOnlyList<(int Value, int? Parent, string? Side)>> Versions(Trace trace)
    {
        var versions = new List<IReadOnlyList<(int Value, int? Parent, string? Side)>>();
        IReadOnlyList<(int Value, int? Parent, string? Side)> drawn = [];
        foreach (var step in trace.Steps.Where(x => !x.Duplicate))
        {
            drawn = [.. drawn, (step.Value, step.Parent, step.Parent is null ? null : step.Side)];
            versions.Add(drawn);
            foreach (var rotation in step.Fix?.Rotations ?? [])
            {
                drawn = rotation.TreeAfter;
                versions.Add(drawn);
            }
        }
        return versions;
    }

    private static List<TreeNodeSpec> Specs(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes) =>
        nodes.Select(n => new TreeNodeSpec(new BstNode(n.Value).Id, n.Value.ToString(), n.Parent is { } p ? new BstNode(p).Id : null, n.Parent is null ? null : n.Side)).ToList();

    /// <summary>Positions relative to the root, exactly as the renderer lays the tree out.</summary>
    private static Dictionary<int, (double X, double Y)> Layout(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes, double levelSpacing, TreeFit fit)
    {
        var positions = TreeObjects.Layout(Specs(nodes), levelSpacing, fit);
        return nodes.ToDictionary(n => n.Value, n => positions[new BstNode(n.Value).Id]);
    }

    private static int HeightOf(IReadOnlyList<(int Value, int? Parent, string? Side)> nodes)
    {
        var parent = nodes.Where(n => n.Parent is not null).ToDictionary(n => n.Value, n => n.Parent!.Value);
        return nodes.Count == 0 ? 0 : nodes.Max(n =>
        {
            var depth = 1;
            for (var v = n.Value; parent.TryGetValue(v, out var p); v = p) depth++;
            return depth;
        });
    }

    private static string DescribeLinks(AvlRotation rotation)
    {
        var at = rotation.TreeAfter.First(n => n.Value == rotation.At);
        return $"{at.Parent} moved up, {rotation.At} is now its {at.Side} child";
    }

    private static string Narrate(Trace t)
    {
        var fixed_ = t.Steps.Where(x => x.Fix is not null).ToList();
        // A few fixes one by one; many counted per case (each was said as it happened).
        var middle = fixed_.Count == 0 ? "No insert unbalances the tree."
            : fixed_.Count <= 3 ? string.Join("; ", fixed_.Select(x => $"inserting {x.Value} unbalances {x.Fix!.Unbalanced}, a {x.Fix.Case} case")) + "."
            : $"{fixed_.Count} inserts unbalance the tree: " + OperationSummary.And(fixed_.GroupBy(x => x.Fix!.Case).Select(g => $"{g.Count()} {g.Key}").ToList()) + " cases, each fixed by rotation.";
        return $"We insert {(t.Values.Count <= OperationSummary.MaxListed ? string.Join(", ", t.Values) : $"{t.Values.Count} values")} one at a time, checking the balance on the way back up. {middle} The final tree has height {t.FinalHeight}.";
    }
}
