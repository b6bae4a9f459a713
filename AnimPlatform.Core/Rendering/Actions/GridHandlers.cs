using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>Shared by the grid actions: the target grid and its <c>cell: [row, col]</c>.</summary>
internal static class GridTargets
{
    public static (GridRuntime Grid, GridRuntime.Cell Cell, int Row, int Col)? Resolve(ActionStep step, SceneContext context, string key = "cell")
    {
        if (context.Target<GridRuntime>(step, "grid") is not { } grid) return null;
        if (!grid.TryCell(step[key], out var r, out var c))
        {
            context.Warn(step, $"{key} {step[key]?.ToJsonString() ?? "(missing)"} is not a cell [row, col] of this {grid.Rows}×{grid.Cols} grid");
            return null;
        }
        return (grid, grid.Cells[r, c], r, c);
    }
}

/// <summary>set-grid-cell: the cell's value changes with a short pulse (as set-cell).</summary>
internal sealed class SetGridCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (GridTargets.Resolve(step, context) is not { } target) return;
        var value = step["value"].ScalarText() ?? "";
        var group = target.Cell.Group;
        if (duration <= 0)
        {
            target.Cell.Value.Content.Set(start, value);
            return;
        }
        var ease = context.Ease(step);
        group.Scale.Animate(start, duration * 0.3, 1.15, ease);
        target.Cell.Value.Content.Set(start + duration * 0.3, value);
        group.Scale.Animate(start + duration * 0.3, duration * 0.3, 1, ease);
    }
}

/// <summary>highlight-grid-cell: fill → colour, outline → white 3 px.</summary>
internal sealed class HighlightGridCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (GridTargets.Resolve(step, context) is not { } target) return;
        var ease = context.Ease(step);
        if (context.TryColor(step, "color", SceneContext.DefaultHighlight, out var color))
        {
            target.Cell.Body.Fill.Animate(start, duration, color, ease);
            AutoLabel.Follow(target.Grid.AutoText, target.Cell.Value.Color, color, start, duration, ease);
        }
        target.Cell.Body.Stroke.Animate(start, duration, Rgba.White, ease);
        target.Cell.Body.StrokeWidth.Animate(start, duration, 3, ease);
    }
}

/// <summary>clear-grid-cell: the cell's highlight is removed (colours back to the grid style); its value stays.</summary>
internal sealed class ClearGridCellHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (GridTargets.Resolve(step, context) is not { } target) return;
        var ease = context.Ease(step);
        target.Cell.Body.Fill.Animate(start, duration, target.Grid.Fill, ease);
        AutoLabel.Follow(target.Grid.AutoText, target.Cell.Value.Color, target.Grid.Fill, start, duration, ease);
        target.Cell.Body.Stroke.Animate(start, duration, target.Grid.Border, ease);
        target.Cell.Body.StrokeWidth.Animate(start, duration, 2, ease);
    }
}

/// <summary>grid-arrow: an arrow grows from cell <c>from</c> to cell <c>to</c> (where a DP value came from), ending at the cell's edge.</summary>
internal sealed class GridArrowHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (GridTargets.Resolve(step, context, "from") is not { } from) return;
        if (GridTargets.Resolve(step, context, "to") is not { } to) return;
        var grid = from.Grid;
        var (ax, ay) = grid.CellCentre(from.Row, from.Col);
        var (bx, by) = grid.CellCentre(to.Row, to.Col);
        var length = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
        if (length < 1e-6)
        {
            context.Warn(step, "from and to are the same cell");
            return;
        }
        double ux = (bx - ax) / length, uy = (by - ay) / length;
        // Leave each cell at its edge: the largest step along the direction that stays inside a half cell.
        var exit = Math.Min(Math.Abs(ux) > 1e-9 ? grid.CellWidth / 2 / Math.Abs(ux) : double.MaxValue,
                            Math.Abs(uy) > 1e-9 ? grid.CellHeight / 2 / Math.Abs(uy) : double.MaxValue);
        double sx = ax + ux * exit * 0.45, sy = ay + uy * exit * 0.45, ex = bx - ux * exit, ey = by - uy * exit;
        context.TryColor(step, "color", "#f1c40f", out var color);
        var arrow = grid.Arrows.Add(new ArrowElement(sx, sy, sx, sy, color, 3) { Born = start });
        var ease = context.Ease(step);
        arrow.X2.Animate(start, duration, ex, ease);
        arrow.Y2.Animate(start, duration, ey, ease);
    }
}
