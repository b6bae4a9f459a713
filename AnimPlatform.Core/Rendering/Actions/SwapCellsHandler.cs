using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// swap-cells (spec §9.5): A lifts up, B drops down, they cross, both settle — three D/3 segments — then
/// the row order exchanges them and every cell snaps to its slot.
/// </summary>
internal sealed class SwapCellsHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        if (step["indices"] is not JsonArray { Count: >= 2 } indices)
        {
            context.Warn(step, "indices must be a list of two cell indices");
            return;
        }
        if (CellIndex.Resolve(step, context, ds, indices[0]) is not { } a) return;
        if (CellIndex.Resolve(step, context, ds, indices[1]) is not { } b) return;
        if (ReferenceEquals(a, b)) return;
        var ease = context.Ease(step);
        var third = duration / 3;
        var lift = ds.SwapLift;
        var rest = ds.AcrossRest;
        var xa = ds.Along(a).At(start);
        var xb = ds.Along(b).At(start);
        ds.Across(a).Animate(start, third, rest - lift, ease);
        ds.Across(b).Animate(start, third, rest + lift, ease);
        ds.Along(a).Animate(start + third, third, xb, ease);
        ds.Along(b).Animate(start + third, third, xa, ease);
        ds.Across(a).Animate(start + 2 * third, third, rest, ease);
        ds.Across(b).Animate(start + 2 * third, third, rest, ease);

        var ia = ds.Cells.IndexOf(a);
        var ib = ds.Cells.IndexOf(b);
        (ds.Cells[ia], ds.Cells[ib]) = (ds.Cells[ib], ds.Cells[ia]);
        var end = start + duration;
        for (var k = 0; k < ds.Cells.Count; k++)
            ds.Along(ds.Cells[k]).Set(end, ds.SlotAlong(k, ds.Cells.Count));
        ds.RefreshIndexLabels(end);
        ds.Relink(end);
    }
}
