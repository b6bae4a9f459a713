using AnimPlatform.Core.Generation.Building;
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
            beats.Phase($"{char.ToUpperInvariant(order[0])}{order[1..]}: {rule}", $"{order}:");
            var done = new List<int>();
            foreach (var v in visit)
            {
                done.Add(v);
                beats.Add($"Visit {v}", $"{order}: {string.Join(" ", done)}", 2, new NodeColor(new BstNode(v).Id, "visited"));
            }
            beats.Add($"{order}: {string.Join(" ", visit)}", null, 3, visit.Select(v => (Change)new NodeColor(new BstNode(v).Id, "base")).ToArray());
        }
        return new Trace(all, beats.Beats);
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
            [("visited", "visited")],
            s => TreeLesson.Play(s, tree, trace.Beats, result.Length <= 90 ? result : null),
            result, string.Join(" ", values), notes, trace);
    }
}
