using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>fade-in / fade-out (spec §9.1): tween the root opacity from its current value.</summary>
internal sealed class FadeHandler(double targetOpacity) : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        var target = context.Target<ObjectRuntime>(step, "object");
        target?.Root.Opacity.Animate(start, duration, targetOpacity, context.Ease(step));
    }
}
