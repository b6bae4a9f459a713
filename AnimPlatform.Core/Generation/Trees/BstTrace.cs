namespace AnimPlatform.Core.Generation.Trees;

/// <summary>A node of the real binary search tree the generator runs.</summary>
public sealed class BstNode(int value)
{
    public int Value { get; set; } = value;
    public BstNode? Left { get; set; }
    public BstNode? Right { get; set; }
    public string Id => Value < 0 ? $"vm{-Value}" : $"v{Value}";
}

public enum BstOutcome { Inserted, Duplicate, Found, NotFound, DeletedLeaf, DeletedOneChild, DeletedTwoChildren, NotDeleted }

/// <summary>What one operation did: the path of values compared, the outcome, the successor used, the tree after it.</summary>
public sealed record BstStep(
    string Command,
    int Value,
    IReadOnlyList<int> Path,
    BstOutcome Outcome,
    int? Parent,
    string? Side,
    IReadOnlyList<int> SuccessorPath,
    IReadOnlyList<int> InOrderAfter,
    int HeightAfter);
