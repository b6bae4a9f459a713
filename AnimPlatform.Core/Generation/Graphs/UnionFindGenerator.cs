using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>
/// Union-find (disjoint sets) with union by rank and path compression: the forest as a directed graph (child → parent
/// arrows, each set a tree with its root on top) over the parent[] and rank[] table; find walks the path up step by
/// step, compression re-points nodes at the root (remove-edge, add-edge), union links the lower root under the higher.
/// </summary>
public sealed class UnionFindGenerator : IShowGenerator
{
    private const string Graph = GraphScene.GraphId;
    private const string Table = "table";
    private const string InfoLine = "info";
    private const int TeachingOps = 5;

    public GeneratorInfo Info { get; } = new("union-find", "Union-Find", "Graphs",
        ["union find", "disjoint set", "disjoint sets", "union by rank", "path compression"],
        ["union find union 1 2 union 3 4 union 2 4 find 4 find 1", "union find union A B union C D find D"],
        UnionFindInput.Hint);

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (elements, ops) = UnionFindInput.Parse(input, seed, notes);
        var trace = UnionFindTrace.Run(elements, ops);
        var sets = trace.Sets().Select(s => "{" + string.Join(", ", s.Members) + "}").ToList();
        var result = $"{Fmt.Count(sets.Count, "set")}: {string.Join(" ", sets)}";
        var text = new LessonText("Keep track of which elements are in the same set",
            "Each set is a tree; find follows parent links to the root, union links two roots",
            "Union-find keeps disjoint sets as trees: find follows parent links up to the root, union hangs one root under another.",
            ["find(x) walks up to the root: two elements are in one set when their roots are equal",
             "Union by rank hangs the lower tree under the higher one, so trees stay flat",
             "Path compression points every node on a find's path straight at the root"],
            ["Time: O(α(n)) per operation, amortised (α grows slower than log)", "Space: O(n) for parent[] and rank[]"],
            "Union find answers whether two elements are in the same set. Union by rank and path compression make every operation almost constant time.",
            "find follows parents to the root; union by rank and path compression keep the trees flat");
        var opsText = string.Join(" ", ops.Select(o => o.ToString()));
        return LessonShow.Build(Info, text, Fmt.Wrap(opsText, 64), "Union by rank and path compression",
            $"We start with every element in a set of its own. After {ops.Count} operations there {(sets.Count == 1 ? "is" : "are")} {result}.",
            [("find's path", "compare"), ("root", "found"), ("new parent link", "edge")],
            PseudocodeTables.UnionFind, (s, p) => Play(s, p, trace), result, opsText, notes, trace,
            vars: [("operation", "–"), ("x", "–"), ("root", "–")]);
    }

    private static void Play(SceneBuilder s, LessonPanels panels, UnionFindTrace trace)
    {
        var elements = trace.Elements;
        var col = elements.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i, StringComparer.Ordinal);
        var at = ForestLayout.Compute(elements, elements.ToDictionary(e => e, e => e, StringComparer.Ordinal));
        var style = GraphScene.LabelFit(elements);
        style["edgeWidth"] = 5;
        style["edgeColor"] = Theme.Palette["edgeBase"];
        s.Add(new JsonObject
        {
            ["id"] = Graph, ["type"] = "graph", ["directed"] = true,
            ["nodes"] = new JsonArray(elements.Select(e => (JsonNode?)new JsonObject { ["id"] = e, ["label"] = e, ["x"] = at[e].X, ["y"] = at[e].Y }).ToArray()),
            ["edges"] = new JsonArray(), ["style"] = style,
        });
        var cell = Math.Min(72, 820.0 / elements.Count);
        s.Add(new JsonObject
        {
            ["id"] = Table, ["type"] = "grid", ["rows"] = 2, ["cols"] = elements.Count,
            ["position"] = SceneBuilder.Pos(LessonLayout.DiagramCenterX + 40, 720),
            ["rowHeaders"] = new JsonArray("parent", "rank"),
            ["colHeaders"] = new JsonArray(elements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
            ["values"] = new JsonArray(new JsonArray(elements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
                new JsonArray(elements.Select(_ => (JsonNode?)JsonValue.Create("0")).ToArray())),
            ["style"] = new JsonObject { ["cellWidth"] = Math.Round(cell, 1), ["cellHeight"] = 46, ["fontSize"] = 22, ["fillColor"] = "#1f2f4f", ["borderColor"] = Theme.BaseStroke },
        });
        s.Text(InfoLine, LessonLayout.DiagramCenterX, 810, "bold 24px sans-serif", Theme.Accent, "Every element starts as a set of its own: parent[x] = x");
        s.Together(new[] { Graph, Table, InfoLine }.Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(1.2);

        var lit = new HashSet<string>(StringComparer.Ordinal);
        var litEdges = new HashSet<(string, string)>();
        var litCells = new HashSet<(int, int)>();
        var currentOp = -1;
        foreach (var step in trace.Steps)
        {
            var acts = new List<JsonObject>();
            if (step.Op != currentOp)
            {
                if (currentOp >= 0) Reset(s, lit, litEdges, litCells, trace, currentOp);
                currentOp = step.Op;
                if (currentOp == TeachingOps) s.Speaking = false; // later operations run faster, shown without being said (their headings are said)
                s.Heading(trace.Results[currentOp].Op.ToString());
            }
            var fast = step.Op >= TeachingOps;
            var d = fast ? 0.3 : 0.4;
            s.Step(step.Caption);
            acts.AddRange(panels.LineAt(step.Line));
            switch (step.Kind)
            {
                case UnionFindStepKind.Operation:
                    acts.AddRange(panels.Var("operation", trace.Results[step.Op].Op.ToString()));
                    acts.AddRange(panels.Var("x", "–"));
                    acts.AddRange(panels.Var("root", "–"));
                    break;
                case UnionFindStepKind.FindStart:
                    acts.AddRange(panels.Var("x", step.Node));
                    acts.AddRange(panels.Var("root", "–"));
                    acts.Add(Node(step.Node, "current", d, lit));
                    break;
                case UnionFindStepKind.Hop:
                    acts.Add(Act.HighlightEdge(Graph, step.Node, step.Other!, "$compare", d));
                    litEdges.Add((step.Node, step.Other!));
                    acts.Add(Node(step.Other!, "compare", d, lit));
                    acts.Add(Cell(0, col[step.Node], "compare", d, litCells));
                    break;
                case UnionFindStepKind.Root:
                    acts.AddRange(panels.Var("root", step.Node));
                    acts.Add(Node(step.Node, "found", d, lit));
                    acts.Add(Cell(0, col[step.Node], "found", d, litCells));
                    break;
                case UnionFindStepKind.Compress:
                    var root = step.Parent[step.Node];
                    acts.Add(EdgeActs.RemoveEdge(Graph, step.Node, step.Other!, 0.5));
                    litEdges.Remove((step.Node, step.Other!));
                    acts.Add(EdgeActs.AddEdge(Graph, step.Node, root, 0.6));
                    acts.Add(Act.HighlightEdge(Graph, step.Node, root, "$edge", 0.6));
                    litEdges.Add((step.Node, root));
                    acts.Add(SetCell(0, col[step.Node], root, d));
                    acts.AddRange(Moves(elements, step.Parent, at, 0.8));
                    break;
                case UnionFindStepKind.Same:
                    acts.Add(Node(step.Node, "found", d, lit));
                    break;
                case UnionFindStepKind.Compare:
                    acts.Add(Node(step.Node, "found", d, lit));
                    acts.Add(Node(step.Other!, "compare", d, lit));
                    acts.Add(Cell(1, col[step.Node], "found", d, litCells));
                    acts.Add(Cell(1, col[step.Other!], "compare", d, litCells));
                    break;
                case UnionFindStepKind.Attach:
                    acts.Add(EdgeActs.AddEdge(Graph, step.Node, step.Other!, 0.6));
                    acts.Add(Act.HighlightEdge(Graph, step.Node, step.Other!, "$edge", 0.6));
                    litEdges.Add((step.Node, step.Other!));
                    acts.Add(SetCell(0, col[step.Node], step.Other!, d));
                    acts.Add(Cell(0, col[step.Node], "edge", d, litCells));
                    acts.AddRange(Moves(elements, step.Parent, at, 0.9));
                    break;
                case UnionFindStepKind.RankUp:
                    acts.Add(SetCell(1, col[step.Node], step.Rank.ToString(), d));
                    break;
                case UnionFindStepKind.Done:
                    acts.Add(Node(step.Node, "found", d, lit));
                    break;
            }
            s.Together(acts);
            s.Pause(fast ? 0.5 : 1.0);
        }
        if (currentOp >= 0) Reset(s, lit, litEdges, litCells, trace, currentOp);
        var sets = trace.Sets().Select(x => $"{{{string.Join(", ", x.Members)}}} (root {x.Root})").ToList();
        s.Step($"Done: {Fmt.Count(sets.Count, "set")}, one tree each");
        s.Pause(1.5).FadeOutAll();
    }

    /// <summary>Back to the resting colours after an operation; the info line names the sets.</summary>
    private static void Reset(SceneBuilder s, HashSet<string> lit, HashSet<(string, string)> litEdges, HashSet<(int, int)> litCells, UnionFindTrace trace, int op)
    {
        var acts = lit.Select(n => Act.NodeStyle(Graph, n, Theme.BaseFill, Theme.BaseStroke, 3, 0.3))
            .Concat(litEdges.Select(e => Act.HighlightEdge(Graph, e.Item1, e.Item2, "$edgeBase", 0.3)))
            .Concat(litCells.Select(c => new JsonObject { ["action"] = "clear-grid-cell", ["target"] = Table, ["cell"] = new JsonArray(c.Item1, c.Item2), ["duration"] = "0.3s" }))
            .ToList();
        lit.Clear();
        litEdges.Clear();
        litCells.Clear();
        s.SetText(InfoLine, Fmt.Wrap("Sets: " + SetsAfter(trace, op), 80));
        s.Together(acts);
    }

    private static string SetsAfter(UnionFindTrace trace, int op)
    {
        var parent = trace.Results[op].Parent;
        string Root(string x) { while (parent[x] != x) x = parent[x]; return x; }
        return string.Join("  ", trace.Elements.GroupBy(Root).Select(g => "{" + string.Join(", ", g) + "}"));
    }

    private static JsonObject Node(string node, string color, double d, HashSet<string> lit)
    {
        lit.Add(node);
        return Act.HighlightNode(Graph, node, "$" + color, d);
    }

    private static JsonObject Cell(int row, int c, string color, double d, HashSet<(int, int)> lit)
    {
        lit.Add((row, c));
        return new JsonObject { ["action"] = "highlight-grid-cell", ["target"] = Table, ["cell"] = new JsonArray(row, c), ["color"] = "$" + color, ["duration"] = Fmt.Seconds(d) };
    }

    private static JsonObject SetCell(int row, int c, string value, double d) =>
        new() { ["action"] = "set-grid-cell", ["target"] = Table, ["cell"] = new JsonArray(row, c), ["value"] = value, ["duration"] = Fmt.Seconds(d) };

    /// <summary>move-node for every node whose place in the re-laid-out forest changed.</summary>
    private static IEnumerable<JsonObject> Moves(IReadOnlyList<string> elements, IReadOnlyDictionary<string, string> parent,
        Dictionary<string, (double X, double Y)> at, double d)
    {
        var next = ForestLayout.Compute(elements, parent);
        foreach (var e in elements)
        {
            if (next[e] == at[e]) continue;
            at[e] = next[e];
            yield return Act.MoveNode(Graph, e, next[e].X, next[e].Y, d);
        }
    }
}
