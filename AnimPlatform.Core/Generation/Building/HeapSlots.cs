namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// Where a heap's array index sits when the heap is drawn as a complete binary tree that fills a width: the
/// deepest level's slots (filled or not) are spread evenly from <c>left</c> to <c>right</c> and each node sits
/// over the middle of the slots under it, so the tree spans the area it has whatever its size.
/// </summary>
public static class HeapSlots
{
    /// <summary>The number of levels a heap of <paramref name="count"/> items has (1 for 0 or 1 item).</summary>
    public static int Levels(int count) => (int)Math.Floor(Math.Log2(Math.Max(1, count))) + 1;

    /// <summary>The gap between two neighbouring slots of the deepest level (the whole width for a one-level heap).</summary>
    public static double LeafGap(int levels, double left, double right) => levels <= 1 ? right - left : (right - left) / ((1 << (levels - 1)) - 1);

    /// <summary>The x of index <paramref name="i"/> in a heap drawn with <paramref name="levels"/> levels between left and right.</summary>
    public static double X(int i, int levels, double left, double right)
    {
        var level = (int)Math.Floor(Math.Log2(i + 1));
        if (level >= levels) throw new ArgumentOutOfRangeException(nameof(i), $"index {i} is below a heap of {levels} level(s)");
        if (levels <= 1) return (left + right) / 2;
        var under = 1 << (levels - 1 - level);          // deepest-level slots under one node of this level
        var first = (i - ((1 << level) - 1)) * under;    // the first of them
        return left + (first + (under - 1) / 2.0) * LeafGap(levels, left, right);
    }
}
