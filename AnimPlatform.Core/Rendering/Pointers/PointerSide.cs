namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>Which side of its cell or node a pointer sits on; the marker points back at the place.</summary>
public enum PointerSide { Below, Above, Left, Right }

public static class PointerSides
{
    public static readonly IReadOnlyList<string> Names = ["below", "above", "left", "right"];

    public static PointerSide? Parse(string? text) => text switch
    {
        null or "" or "below" => PointerSide.Below,
        "above" => PointerSide.Above,
        "left" => PointerSide.Left,
        "right" => PointerSide.Right,
        _ => null,
    };

    /// <summary>The unit vector from the place outwards, towards the pointer.</summary>
    public static (double X, double Y) Outward(PointerSide side) => side switch
    {
        PointerSide.Above => (0, -1),
        PointerSide.Left => (-1, 0),
        PointerSide.Right => (1, 0),
        _ => (0, 1),
    };
}
