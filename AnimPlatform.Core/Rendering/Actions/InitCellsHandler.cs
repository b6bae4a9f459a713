using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// init-cells (spec §9.5): clears the row instantly, creates all cells at scale 0 (index labels at once),
/// then grows them left to right, each over D/n.
/// </summary>
internal sealed class InitCellsHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        var values = CellValues.Values(step);
        if (values.Count == 0) return;
        foreach (var old in ds.Cells) DataStructureRuntime.Retire(old, start);
        ds.Cells.Clear();
        ds.ResetScale();
        ds.FitScale(values, start, 0, p => p);
        var ease = context.Ease(step);
        var each = duration / values.Count;
        for (var i = 0; i < values.Count; i++)
            ds.Cells.Add(ds.CreateCell(values[i], ds.SlotAlong(i, values.Count), 0, start));
        ds.RefreshIndexLabels(start);
        ds.Relink(start);
        ds.SlotCount.Set(start, values.Count);
        for (var i = 0; i < ds.Cells.Count; i++)
            ds.Cells[i].Group.Scale.Animate(start + i * each, each, 1, ease);
    }
}
