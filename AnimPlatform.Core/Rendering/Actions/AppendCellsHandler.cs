using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// enqueue / push (spec §9.5): values are added one after another, each over D/n: the new cell grows in
/// its final slot at the right while the row re-centres (a vertical stack: it grows while dropping in from
/// above onto the top). Index labels refresh at the end.
/// </summary>
internal sealed class AppendCellsHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        var values = CellValues.Values(step);
        if (values.Count == 0) return;
        var ease = context.Ease(step);
        var each = duration / values.Count;
        for (var k = 0; k < values.Count; k++)
        {
            var t0 = start + k * each;
            var count = ds.Cells.Count;
            ds.FitScale([values[k]], t0, each, ease);
            var slot = ds.SlotAlong(count, count + 1);
            var cell = ds.CreateCell(values[k], ds.Vertical ? slot - ds.DropHeight : slot, 0, t0);
            ds.Cells.Add(cell);
            ds.Relink(t0);
            cell.Group.Scale.Animate(t0, each, 1, ease);
            for (var i = 0; i < ds.Cells.Count; i++)
                ds.Along(ds.Cells[i]).Animate(t0, each, ds.SlotAlong(i, count + 1), ease);
            ds.SlotCount.Animate(t0, each, count + 1, ease);
        }
        ds.RefreshIndexLabels(start + duration);
    }
}
