using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Trees;

/// <summary>
/// Binary-tree traversals on the BST built from the values: pre-order, in-order, post-order (recursive)
/// and level order (queue). One order when the prompt names it, otherwise all four.
/// </summary>
public sealed class TraversalGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("tree-traversal", "Binary Tree Traversals", "Trees",
        ["tree traversal", "binary tree traversal", "tree traversals", "preorder", "inorder", "postorder", "level order", "preorder traversal", "inorder traversal", "postorder traversal", "level order traversal", "breadth first traversal of a tree"],
        ["tree traversal 50 30 70 20 40 60 80", "inorder traversal 8 3 10 1 6 14"],
        "values to build the tree from (inserted as in a BST), optionally one of preorder, inorder, postorder, level order", TopicWordsAreInput: true);

    public static readonly string[] Orders = ["preorder", "inorder", "postorder", "level order"];

    public sealed record Trace(IReadOnlyDictionary<string, IReadOnlyList<int>> Orders, IReadOnlyList<Beat> Beats);

    public static IReadOnlyList<int> Order(BinarySearchTree tree, string order)
    {
        var result = new List<int>();
        void Walk(BstNode? n)
        {
            if (n is null) return;
            if (order == "preorder") result.Add(n.Value);
            Walk(n.Left);
            if (order == "inorder") result.Add(n.Value);
            Walk(n.Right);
            if (order == "postorder") result.Add(n.Value);
        }
        if (order != "level order")
        {
            Walk(tree.Root);
            return result;
        }
        var queue = new Queue<BstNode>();
        if (tree.Root is not null) queue.Enqueue(tree.Root);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            result.Add(n.Value);
            if (n.Left is not null) queue.Enqueue(n.Left);
            if (n.Right is not null) queue.Enqueue(n.Right);
        }
        return result;
    }

    /// <summary>The variables panel's rows of the traversal lesson.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Vars = [("order", "–"), ("n", "–"), ("visited", "0"), ("queue", "–")];

    /// <summary>
    /// The beats of each order, traced from the recursion (or the queue): a call lights "traverse(n.left)" or
    /// "traverse(n.right)" and marks the node as in a call, the visit lights the line where that order visits,
    /// the n pointer follows the running call; level order shows the queue.
    /// </summary>
    public static Trace Run(BinarySearchTree tree, IReadOnlyList<string> orders)
    {
        var beats = new BeatList();
        var all = new Dictionary<string, IReadOnlyList<int>>();
        foreach (var order in orders)
        {
            var visit = Order(tree, order);
            all[order] = visit;
            var rule = order switch
            {
                "preorder" => "node, then left subtree, then right subtree",
                "inorder" => "left subtree, then node, then right subtree",
                "postorder" => "left subtree, then right subtree, then node",
                _ => "level by level, left to right, with a queue",
            };
            beats.Phase($"{char.ToUpperInvariant(order[0])}{order[1..]}: {rule}", $"{order}:", [("order", order), ("n", "–"), ("visited", "0"), ("queue", "–")]);
            var done = new List<int>();
            string Info() => $"{order}: {string.Join(" ", done)}";
            void Visit(BstNode n, int line, string? queue = null)
            {
                done.Add(n.Value);
                var vars = new List<(string, string)> { ("n", n.Value.ToString()), ("visited", done.Count.ToString()) };
                if (queue is not null) vars.Add(("queue", queue));
                beats.Add($"Visit {n.Value}", Info(), line, vars, [("n", n.Id)], new NodeColor(n.Id, "visited"));
            }
            if (order == "level order")
            {
                var queue = new Queue<BstNode>();
                string Row() => queue.Count == 0 ? "(empty)" : string.Join(" ", queue.Select(q => q.Value));
                if (tree.Root is not null)
                {
                    queue.Enqueue(tree.Root);
                    beats.Add($"Start with the root {tree.Root.Value} in the queue", Info(), 7, [("queue", Row())], [], new NodeColor(tree.Root.Id, "queued"));
                }
                while (queue.Count > 0)
                {
                    var n = queue.Dequeue();
                    Visit(n, 8, Row());
                    var kids = new[] { n.Left, n.Right }.Where(k => k is not null).Select(k => k!).ToList();
                    if (kids.Count == 0) continue;
                    foreach (var k in kids) queue.Enqueue(k);
                    beats.Add($"Enqueue the children of {n.Value}: {string.Join(" and ", kids.Select(k => k.Value))}", Info(), 9, [("queue", Row())], [],
                        kids.Select(k => (Change)new NodeColor(k.Id, "queued")).ToArray());
                }
            }
            else
            {
                void Walk(BstNode? n, BstNode? parent, bool left)
                {
                    if (n is null) return;
                    var why = parent is null ? "start at the root" : $"the {(left ? "left" : "right")} child of {parent.Value}";
                    beats.Add($"traverse({n.Value}): {why}", Info(), parent is null ? 1 : left ? 3 : 5, [("n", n.Value.ToString())], [("n", n.Id)],
                        new NodeColor(n.Id, "current"));
                    if (order == "preorder") Visit(n, 2);
                    Walk(n.Left, n, true);
                    if (order == "inorder") Visit(n, 4);
                    Walk(n.Right, n, false);
                    if (order == "postorder") Visit(n, 6);
                }
                Walk(tree.Root, null, false);
            }
            beats.Add($"{order}: {string.Join(" ", visit)}", null, -1, [("n", "–")], [("n", null)],
                visit.Select(v => (Change)new NodeColor(new BstNode(v).Id, "base")).ToArray());
        }
        return new Trace(all, beats.Beats);
    }

    /// <summary>The colours the chosen orders use: a call waiting to visit (depth-first), the queue (level order), visited.</summary>
    public static List<(string Label, string PaletteName)> Legend(IReadOnlyList<string> orders)
    {
        var legend = new List<(string, string)>();
        if (orders.Any(o => o != "level order")) legend.Add(("in a call, not yet visited", "current"));
        if (orders.Contains("level order")) legend.Add(("in the queue", "queued"));
        legend.Add(("visited", "visited"));
        return legend;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var tokens = PromptTokens.Split(input).Select(t => t.ToLowerInvariant()).ToList();
        var chosen = Orders.Where(o => o == "level order" ? tokens.Contains("level") || tokens.Contains("bfs") : tokens.Contains(o)).ToList();
        var rest = string.Join(' ', tokens.Where(t => !Orders.Contains(t) && t is not ("level" or "order" or "traversal" or "traversals" or "tree" or "binary" or "bfs" or "all" or "four" or "pre" or "post" or "breadth" or "first" or "depth" or "what" or "orders")));
        var values = PromptTokens.Numbers(rest).Distinct().ToList();
        if (values.Count == 0)
        {
            values = [50, 30, 70, 20, 40, 60, 80];
            notes.Add("no values given: using the tree 50 30 70 20 40 60 80");
        }
        if (values.Count > InputCaps.MaxTreeNodes)
            throw new GeneratorInputException("numbers", $"{values.Count} values are too many for one tree; use at most {InputCaps.MaxTreeNodes}");
        var tree = new BinarySearchTree();
        foreach (var v in values) tree.Insert(v);
        var orders = chosen.Count == 0 ? Orders.ToList() : chosen;
        var trace = Run(tree, orders);
        var result = string.Join("; ", orders.Select(o => $"{o} {string.Join(" ", trace.Orders[o])}"));
        var text = new LessonText("Visit every node once, in a fixed order",
            "Pre-, in- and post-order differ only in when the node is visited relative to its subtrees",
            "A traversal visits every node of a tree exactly once. The depth-first orders differ in when a node is visited compared with its subtrees; level order uses a queue.",
            ["Preorder copies a tree, postorder deletes one, inorder of a BST is sorted", "Level order visits by depth with a queue"],
            ["Time: O(n) for each order", "Space: O(height) recursion, O(width) for the queue"],
            "Each traversal visits every node once. In order on a search tree gives the values sorted.",
            "the orders differ only in when a node is visited relative to its subtrees");
        return LessonShow.Build(Info, text, "Tree from " + string.Join(", ", values), "Binary tree traversals",
            $"We walk the tree built from {string.Join(", ", values)}. {result}.",
            [],
            s => TreeLesson.Play(s, tree, PseudocodeTables.Traversals, Vars,
                Legend(orders),
                [new TreeLesson.TreePointer("n", ArrayLesson.Yellow)], trace.Beats, result.Length <= 90 ? result : null),
            result, string.Join(" ", values), notes, trace);
    }
}
