using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>highlight-cell (spec §9.5): fill → colour, outline → white 3 px.</summary>
internal sealed class HighlightCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<DataStructureRuntime>(step, "data-structure") is not { } ds) return;
        if (CellIndex.Resolve(step, context, ds, step["index"]) is not { } cell) return;
        var ease = context.Ease(step);
        if (context.TryColor(step, "color", SceneContext.DefaultHighlight, out var color))
        {
            cell.Body.Fill.Animate(start, duration, color, ease);
            AutoLabel.Follow(ds.AutoText && !ds.Bars, cell.Value.Color, color, start, duration, ease);
        }
        cell.Body.Stroke.Animate(start, duration, Rgba.White, ease);
        cell.Body.StrokeWidth.Animate(start, duration, 3, ease);
    }
}
