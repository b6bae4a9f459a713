using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// Linked list with arrows (extension, <c>arrows: true</c>): every node box has a next-pointer arrow to the
/// next box, tip on its outline. Structural actions re-aim the arrows; insert-cell and delete-cell animate the
/// rewiring (see their handlers).
/// </summary>
public sealed partial class DataStructureRuntime
{
    private readonly Rgba _linkColor;

    /// <summary>A linked list drawn with next-pointer arrows between its node boxes.</summary>
    public bool Links { get; }

    /// <summary>How far below the row a node waits while the arrows are rewired around it.</summary>
    public double LinkDrop => CellHeight + 36;

    /// <summary>Every node's arrow points at the node after it from <paramref name="time"/> on (the last one's at nothing).</summary>
    public void Relink(double time)
    {
        if (!Links) return;
        for (var i = 0; i < Cells.Count; i++)
            Cells[i].Link?.PointAt(time, i + 1 < Cells.Count ? Cells[i + 1].Group : null);
    }

    /// <summary>The cell (and its arrow) is gone from <paramref name="time"/> on.</summary>
    public static void Retire(Cell cell, double time)
    {
        cell.Group.Removed = Math.Min(cell.Group.Removed, time);
        if (cell.Link is { } link) link.Removed = Math.Min(link.Removed, time);
    }
}
