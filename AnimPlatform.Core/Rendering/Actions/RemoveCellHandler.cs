using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// dequeue (leftmost) / pop (rightmost), spec §9.5: the cell shrinks over D/2 and is removed, then the
/// rest slide into place over D/2 (a hold when none remain). Empty row: hold D. A vertical stack's popped
/// cell rises while it shrinks.
/// </summary>
internal sealed class RemoveCellHandler(bool fromLeft) : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        if (ds.Cells.Count == 0)
        {
            context.Warn(step, $"\"{ds.Id}\" is empty");
            return;
        }
        var ease = context.Ease(step);
        var half = duration / 2;
        var index = fromLeft ? 0 : ds.Cells.Count - 1;
        var removed = ds.Cells[index];
        ds.Cells.RemoveAt(index);
        ds.Relink(start);
        removed.Group.Scale.Animate(start, half, 0, ease);
        if (ds.Vertical) removed.Group.Y.Animate(start, half, removed.Group.Y.At(start) - ds.DropHeight, ease);
        DataStructureRuntime.Retire(removed, start + half);
        for (var i = 0; i < ds.Cells.Count; i++)
            ds.Along(ds.Cells[i]).Animate(start + half, half, ds.SlotAlong(i, ds.Cells.Count), ease);
        ds.SlotCount.Animate(start + half, half, ds.Cells.Count, ease);
        ds.RefreshIndexLabels(start + duration);
    }
}
