namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>
/// Which side of its cell or node a pointer sits on; the marker points back at the place. The four corners
/// (above-left …) put the tag diagonally off the place, for a node whose four sides are all taken by edges.
/// </summary>
public enum PointerSide { Below, Above, Left, Right, AboveLeft, AboveRight, BelowLeft, BelowRight }

public static class PointerSides
{
    public static readonly IReadOnlyList<string> Names = ["below", "above", "left", "right", "above-left", "above-right", "below-left", "below-right"];

    public static PointerSide? Parse(string? text) => text switch
    {
        null or "" or "below" => PointerSide.Below,
        "above" => PointerSide.Above,
        "left" => PointerSide.Left,
        "right" => PointerSide.Right,
        "above-left" => PointerSide.AboveLeft,
        "above-right" => PointerSide.AboveRight,
        "below-left" => PointerSide.BelowLeft,
        "below-right" => PointerSide.BelowRight,
        _ => null,
    };

    public static bool IsCorner(PointerSide side) => side >= PointerSide.AboveLeft;

    /// <summary>The side's direction as signs: x −1 left, +1 right, 0 neither; y −1 above, +1 below, 0 neither.</summary>
    public static (int X, int Y) Signs(PointerSide side) => side switch
    {
        PointerSide.Above => (0, -1),
        PointerSide.Left => (-1, 0),
        PointerSide.Right => (1, 0),
        PointerSide.AboveLeft => (-1, -1),
        PointerSide.AboveRight => (1, -1),
        PointerSide.BelowLeft => (-1, 1),
        PointerSide.BelowRight => (1, 1),
        _ => (0, 1),
    };

    /// <summary>The unit vector from the place outwards, towards the pointer (a corner's is the diagonal).</summary>
    public static (double X, double Y) Outward(PointerSide side)
    {
        var (sx, sy) = Signs(side);
        var k = sx != 0 && sy != 0 ? Math.Sqrt(0.5) : 1;
        return (sx * k, sy * k);
    }

    /// <summary>
    /// A box's corner place from its edge places: x of the left or right edge, y of the one above or below
    /// (so a cell's below-right corner sits under its index label, as its below place does).
    /// </summary>
    public static (double X, double Y) Corner(PointerSide side, Func<PointerSide, (double X, double Y)> edge)
    {
        var (sx, sy) = Signs(side);
        return (edge(sx < 0 ? PointerSide.Left : PointerSide.Right).X, edge(sy < 0 ? PointerSide.Above : PointerSide.Below).Y);
    }
}
