using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>set-cell (spec §9.5): pulse to 1.2 over 0.3·D, change the text, back to 1 over 0.3·D, hold 0.4·D.</summary>
internal sealed class SetCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        if (CellIndex.Resolve(step, context, ds, step["index"]) is not { } cell) return;
        var value = SetTextHandler.ValueText(step["value"]);
        if (ds.Bars)
        {
            // Bars: the bar grows or shrinks to the new value while the value text changes half way.
            var barEase = context.Ease(step);
            cell.Number = DataStructureRuntime.ParseNumber(value);
            ds.FitScale([value], start, duration * 0.6, barEase);
            ds.AnimateBar(cell, start, duration * 0.6, barEase);
            cell.Value.Content.Set(start + duration * 0.3, value);
            return;
        }
        if (duration <= 0)
        {
            cell.Value.Content.Set(start, value);
            return;
        }
        var ease = context.Ease(step);
        var phase = 0.3 * duration;
        cell.Group.Scale.Animate(start, phase, 1.2, ease);
        cell.Value.Content.Set(start + phase, value);
        cell.Group.Scale.Animate(start + phase, phase, 1, ease);
    }
}
