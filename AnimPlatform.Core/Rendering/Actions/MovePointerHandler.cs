using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Pointers;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>move-pointer: the marker slides from its place to the new one over D; the stacks at both places re-settle.</summary>
internal sealed class MovePointerHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<PointerRuntime>(step, "pointer") is not { } pointer) return;
        if (!pointer.MoveTo(context, step["on"].ScalarText(), step["to"], start, duration, context.Ease(step), out var problem))
            context.Warn(step, problem ?? "no such place");
    }
}
