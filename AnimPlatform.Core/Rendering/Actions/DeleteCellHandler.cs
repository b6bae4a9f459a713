using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// delete-cell (extension): removes the cell at <c>index</c>. For a linked list with arrows, in three D/3
/// phases: the node steps down out of the row (the arrows follow it), the previous node's arrow swings past it
/// to the next node (the bypass forms), then it shrinks away while the row closes up. Otherwise it shrinks
/// over D/2 and the rest slide together over D/2.
/// </summary>
internal sealed class DeleteCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        if (CellIndex.Resolve(step, context, ds, step["index"]) is not { } cell) return;
        var ease = context.Ease(step);
        var k = ds.Cells.IndexOf(cell);
        var prev = k > 0 ? ds.Cells[k - 1] : null;
        var next = k + 1 < ds.Cells.Count ? ds.Cells[k + 1] : null;
        var close = ds.Links ? start + 2 * duration / 3 : start + duration / 2;
        var span = start + duration - close;
        if (ds.Links)
        {
            var third = duration / 3;
            ds.Across(cell).Animate(start, third, ds.AcrossRest + ds.LinkDrop, ease);
            prev?.Link?.PointAt(start + third, next?.Group, third, ease);
            cell.Group.Scale.Animate(close, span, 0, ease);
            DataStructureRuntime.Retire(cell, start + duration);
        }
        else
        {
            cell.Group.Scale.Animate(start, duration / 2, 0, ease);
            DataStructureRuntime.Retire(cell, close);
        }
        ds.Cells.RemoveAt(k);
        for (var i = 0; i < ds.Cells.Count; i++)
            ds.Along(ds.Cells[i]).Animate(close, span, ds.SlotAlong(i, ds.Cells.Count), ease);
        ds.SlotCount.Animate(close, span, ds.Cells.Count, ease);
        ds.Relink(start + duration);
        ds.RefreshIndexLabels(start + duration);
    }
}
