namespace AnimPlatform.Core.Generation.Trees;

/// <summary>One single rotation: <see cref="Direction"/> "right" or "left" around the node holding <see cref="At"/>.</summary>
public sealed record AvlRotation(string Direction, int At, IReadOnlyList<(int Value, int? Parent, string? Side)> TreeAfter);

/// <summary>
/// A rebalancing at the lowest node whose balance (height left − height right) reached ±2 after an insert:
/// the case (LL, RR, LR, RL) and its one or two rotations.
/// </summary>
public sealed record AvlFix(int Unbalanced, int Balance, string Case, IReadOnlyList<AvlRotation> Rotations);

/// <summary>What one insert did: the values compared, where the value went, and the fix if one was needed.</summary>
public sealed record AvlStep(int Value, IReadOnlyList<int> Path, bool Duplicate, int? Parent, string? Side, AvlFix? Fix,
    IReadOnlyList<(int Value, int Height, int Balance)> HeightsUp);

/// <summary>
/// The real AVL tree (no duplicates): a BST insert, then on the way back up the first node whose children's
/// heights differ by two is rebalanced with one rotation (LL, RR) or two (LR, RL). Heights count nodes on
/// the longest downward path (a leaf is 1, an empty child 0).
/// </summary>
public sealed class AvlTree
{
    private sealed class Node(int value)
    {
        public int Value { get; } = value;
        public Node? Left { get; set; }
        public Node? Right { get; set; }
        public int Height { get; set; } = 1;
    }

    private Node? _root;

    public int Count { get; private set; }

    public AvlStep Insert(int value)
    {
        var path = new List<Node>();
        Node? parent = null;
        var node = _root;
        while (node is not null)
        {
            path.Add(node);
            if (value == node.Value) return new AvlStep(value, path.Select(n => n.Value).ToList(), true, null, null, null, []);
            parent = node;
            node = value < node.Value ? node.Left : node.Right;
        }
        var created = new Node(value);
        var side = parent is null ? null : value < parent.Value ? "left" : "right";
        if (parent is null) _root = created;
        else if (side == "left") parent.Left = created;
        else parent.Right = created;
        Count++;

        // Back up the path: update heights; the first unbalanced node is fixed and the rest keep their heights.
        var heights = new List<(int, int, int)>();
        AvlFix? fix = null;
        for (var i = path.Count - 1; i >= 0 && fix is null; i--)
        {
            var z = path[i];
            Update(z);
            var balance = Balance(z);
            heights.Add((z.Value, z.Height, balance));
            if (Math.Abs(balance) < 2) continue;
            var above = i > 0 ? path[i - 1] : null;
            fix = Rebalance(z, balance, value, above);
        }
        return new AvlStep(value, path.Select(n => n.Value).ToList(), false, parent?.Value, side, fix, heights);
    }

    private AvlFix Rebalance(Node z, int balance, int inserted, Node? above)
    {
        var rotations = new List<AvlRotation>();
        string kind;
        Node top;
        if (balance > 1)
        {
            kind = inserted < z.Left!.Value ? "LL" : "LR";
            if (kind == "LR")
            {
                z.Left = RotateLeft(z.Left);
                rotations.Add(new AvlRotation("left", z.Left.Left!.Value, Snapshot()));
            }
            top = RotateRight(z);
        }
        else
        {
            kind = inserted > z.Right!.Value ? "RR" : "RL";
            if (kind == "RL")
            {
                z.Right = RotateRight(z.Right);
                rotations.Add(new AvlRotation("right", z.Right.Right!.Value, Snapshot()));
            }
            top = RotateLeft(z);
        }
        if (above is null) _root = top;
        else if (above.Left == z) above.Left = top;
        else above.Right = top;
        rotations.Add(new AvlRotation(balance > 1 ? "right" : "left", z.Value, Snapshot()));
        return new AvlFix(z.Value, balance, kind, rotations);
    }

    private static Node RotateRight(Node y)
    {
        var x = y.Left!;
        y.Left = x.Right;
        x.Right = y;
        Update(y);
        Update(x);
        return x;
    }

    private static Node RotateLeft(Node x)
    {
        var y = x.Right!;
        x.Right = y.Left;
        y.Left = x;
        Update(x);
        Update(y);
        return y;
    }

    private static int H(Node? n) => n?.Height ?? 0;

    private static void Update(Node n) => n.Height = 1 + Math.Max(H(n.Left), H(n.Right));

    private static int Balance(Node n) => H(n.Left) - H(n.Right);

    /// <summary>Nodes in preorder with their parent and side (what a tree object lists).</summary>
    public List<(int Value, int? Parent, string? Side)> Snapshot()
    {
        var result = new List<(int, int?, string?)>();
        void Walk(Node? n, Node? parent, string? side)
        {
            if (n is null) return;
            result.Add((n.Value, parent?.Value, side));
            Walk(n.Left, n, "left");
            Walk(n.Right, n, "right");
        }
        Walk(_root, null, null);
        return result;
    }

    public List<int> InOrder()
    {
        var result = new List<int>();
        void Walk(Node? n)
        {
            if (n is null) return;
            Walk(n.Left);
            result.Add(n.Value);
            Walk(n.Right);
        }
        Walk(_root);
        return result;
    }

    /// <summary>Nodes on the longest root-to-leaf path (0 when empty).</summary>
    public int Height => H(_root);

    /// <summary>The root's key (null when empty).</summary>
    public int? RootValue => _root?.Value;

    /// <summary>The root's balance, height(left) − height(right) (0 when empty).</summary>
    public int RootBalance => _root is null ? 0 : H(_root.Left) - H(_root.Right);

    /// <summary>True when every node's balance is -1, 0 or 1 and the stored heights are right (checked by tests).</summary>
    public bool IsBalanced()
    {
        int Check(Node? n)
        {
            if (n is null) return 0;
            var l = Check(n.Left);
            var r = Check(n.Right);
            if (l < 0 || r < 0 || Math.Abs(l - r) > 1 || n.Height != 1 + Math.Max(l, r)) return -1;
            return n.Height;
        }
        return Check(_root) >= 0;
    }
}
