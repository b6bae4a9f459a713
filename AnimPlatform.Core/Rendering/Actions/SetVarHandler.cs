using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>set-var: the row's value changes at the start and its row flashes (up in the first 30 %, back down by the end).</summary>
internal sealed class SetVarHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<VariablesRuntime>(step, "variables") is not { } panel) return;
        var name = step["name"].ScalarText();
        if (name is null || !panel.Rows.TryGetValue(name, out var row))
        {
            context.Warn(step, $"no variable {name ?? "(missing name)"} in this panel (declare it in vars)");
            return;
        }
        var value = step["value"].ScalarText() ?? "";
        row.Value.Content.Set(start, value);
        row.ValueGroup.X.Set(start, panel.ValueX(row, value.Length));
        panel.FitValue(row, value.Length, start);
        if (duration <= 0) return;
        var ease = context.Ease(step);
        row.Flash.Opacity.Animate(start, duration * 0.3, 1, ease);
        row.Flash.Opacity.Animate(start + duration * 0.3, duration * 0.7, 0, ease);
    }
}
