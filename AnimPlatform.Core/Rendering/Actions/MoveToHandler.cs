using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>move-to (spec §9.3): tween the root translation to the centred position (for graphs: a shift).</summary>
internal sealed class MoveToHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<ObjectRuntime>(step, "object") is not { } target) return;
        if (!context.TryCentredPosition(step, out var x, out var y)) return;
        var ease = context.Ease(step);
        target.Root.X.Animate(start, duration, x, ease);
        target.Root.Y.Animate(start, duration, y, ease);
    }
}
