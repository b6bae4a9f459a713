using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// enqueue / push (spec §9.5): values are added one after another, each over D/n: the new cell grows in
/// its final slot at the right while the row re-centres. Index labels refresh at the end.
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
            var cell = ds.CreateCell(values[k], ds.CellX(count, count + 1), 0, t0);
            ds.Cells.Add(cell);
            cell.Group.Scale.Animate(t0, each, 1, ease);
            for (var i = 0; i < ds.Cells.Count; i++)
                ds.Cells[i].Group.X.Animate(t0, each, ds.CellX(i, count + 1), ease);
            ds.SlotCount.Animate(t0, each, count + 1, ease);
        }
        ds.RefreshIndexLabels(start + duration);
    }
}
