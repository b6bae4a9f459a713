using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// insert-cell (extension): a new cell at <c>index</c> (0 … count). In three D/3 phases: the cells after it
/// make room while it grows; for a linked list with arrows it grows below the row, its own arrow to the next
/// node appears and the previous node's arrow swings over to it; then it rises into the row.
/// </summary>
internal sealed class InsertCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        var n = ds.Cells.Count;
        if (CellValues.Index(step["index"]) is not { } k || k < 0 || k > n)
        {
            context.Warn(step, $"index must be a whole number from 0 to {n} (\"{ds.Id}\" has {n} cells)");
            return;
        }
        var value = step["value"].ScalarText() ?? "";
        var ease = context.Ease(step);
        var third = duration / 3;
        for (var i = 0; i < n; i++)
            ds.Along(ds.Cells[i]).Animate(start, third, ds.SlotAlong(i < k ? i : i + 1, n + 1), ease);
        ds.SlotCount.Animate(start, third, n + 1, ease);
        ds.FitScale([value], start, third, ease);
        var cell = ds.CreateCell(value, ds.SlotAlong(k, n + 1), 0, start);
        ds.Cells.Insert(k, cell);
        cell.Group.Scale.Animate(start, third, 1, ease);
        if (ds.Links)
        {
            ds.Across(cell).Set(start, ds.AcrossRest + ds.LinkDrop);
            var next = k + 1 < ds.Cells.Count ? ds.Cells[k + 1] : null;
            cell.Link!.PointAt(start, next?.Group);
            cell.Link.Opacity.Set(start, 0);
            cell.Link.Opacity.Animate(start + third, third, 1, ease);
            if (k > 0) ds.Cells[k - 1].Link!.PointAt(start + third, cell.Group, third, ease);
            ds.Across(cell).Animate(start + 2 * third, third, ds.AcrossRest, ease);
        }
        ds.Relink(start + duration);
        ds.RefreshIndexLabels(start + duration);
    }
}
