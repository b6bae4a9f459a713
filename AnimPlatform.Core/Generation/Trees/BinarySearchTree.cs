namespace AnimPlatform.Core.Generation.Trees;

/// <summary>The real BST (no duplicates; delete uses the in-order successor), recording each operation as a <see cref="BstStep"/>.</summary>
public sealed class BinarySearchTree
{
    public BstNode? Root { get; private set; }
    public int Count { get; private set; }

    public BstStep Insert(int value)
    {
        var path = new List<int>();
        BstNode? parent = null;
        var node = Root;
        string? side = null;
        while (node is not null)
        {
            path.Add(node.Value);
            if (value == node.Value) return Step("insert", value, path, BstOutcome.Duplicate);
            parent = node;
            side = value < node.Value ? "left" : "right";
            node = value < node.Value ? node.Left : node.Right;
        }
        var created = new BstNode(value);
        if (parent is null) Root = created;
        else if (side == "left") parent.Left = created;
        else parent.Right = created;
        Count++;
        return Step("insert", value, path, BstOutcome.Inserted, parent?.Value, side);
    }

    public BstStep Search(int value)
    {
        var path = new List<int>();
        var node = Root;
        while (node is not null)
        {
            path.Add(node.Value);
            if (value == node.Value) return Step("search", value, path, BstOutcome.Found);
            node = value < node.Value ? node.Left : node.Right;
        }
        return Step("search", value, path, BstOutcome.NotFound);
    }

    public BstStep Delete(int value)
    {
        var path = new List<int>();
        BstNode? parent = null;
        var node = Root;
        while (node is not null && node.Value != value)
        {
            path.Add(node.Value);
            parent = node;
            node = value < node.Value ? node.Left : node.Right;
        }
        if (node is null) return Step("delete", value, path, BstOutcome.NotDeleted);
        path.Add(node.Value);
        Count--;
        if (node.Left is null || node.Right is null)
        {
            var child = node.Left ?? node.Right;
            Replace(parent, node, child);
            return Step("delete", value, path, child is null ? BstOutcome.DeletedLeaf : BstOutcome.DeletedOneChild, parent?.Value);
        }
        // Two children: copy the in-order successor's value here, then unlink the successor (it has no left child).
        var successorPath = new List<int>();
        var successorParent = node;
        var successor = node.Right;
        successorPath.Add(successor.Value);
        while (successor.Left is not null)
        {
            successorParent = successor;
            successor = successor.Left;
            successorPath.Add(successor.Value);
        }
        node.Value = successor.Value;
        if (successorParent == node) successorParent.Right = successor.Right;
        else successorParent.Left = successor.Right;
        return Step("delete", value, path, BstOutcome.DeletedTwoChildren, parent?.Value, successorPath: successorPath);
    }

    private void Replace(BstNode? parent, BstNode node, BstNode? child)
    {
        if (parent is null) Root = child;
        else if (parent.Left == node) parent.Left = child;
        else parent.Right = child;
    }

    public List<int> InOrder()
    {
        var result = new List<int>();
        void Walk(BstNode? n)
        {
            if (n is null) return;
            Walk(n.Left);
            result.Add(n.Value);
            Walk(n.Right);
        }
        Walk(Root);
        return result;
    }

    /// <summary>Edges on the longest root-to-leaf path (0 for a single node, -1 when empty).</summary>
    public int Height()
    {
        int H(BstNode? n) => n is null ? -1 : 1 + Math.Max(H(n.Left), H(n.Right));
        return H(Root);
    }

    /// <summary>Nodes in preorder with their parent and side (what a tree object definition lists).</summary>
    public List<(BstNode Node, BstNode? Parent, string? Side)> PreOrder()
    {
        var result = new List<(BstNode, BstNode?, string?)>();
        void Walk(BstNode? n, BstNode? parent, string? side)
        {
            if (n is null) return;
            result.Add((n, parent, side));
            Walk(n.Left, n, "left");
            Walk(n.Right, n, "right");
        }
        Walk(Root, null, null);
        return result;
    }

    /// <summary>The tree as tree-object nodes (preorder: parents first), ids from the values.</summary>
    public List<Building.TreeNodeSpec> Specs() =>
        PreOrder().Select(n => new Building.TreeNodeSpec(n.Node.Id, n.Node.Value.ToString(), n.Parent?.Id, n.Side)).ToList();

    private BstStep Step(string command, int value, List<int> path, BstOutcome outcome, int? parent = null, string? side = null, List<int>? successorPath = null) =>
        new(command, value, path, outcome, parent, side, successorPath ?? [], InOrder(), Height());
}
