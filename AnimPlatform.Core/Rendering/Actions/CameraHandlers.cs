using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>camera-zoom (spec §9.7): scale about the canvas centre; falsy scale means 1.</summary>
internal sealed class CameraZoomHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        var scale = step["scale"].IsTruthy() && step["scale"].AsNumber() is { } s && double.IsFinite(s) ? s : 1;
        context.Camera.Scale.Animate(start, duration, scale, context.Ease(step));
    }
}

/// <summary>camera-pan (spec §9.7): P → −(position − centre); at scale ≠ 1 the reference's quirk is kept.</summary>
internal sealed class CameraPanHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (!context.TryCentredPosition(step, out var x, out var y)) return;
        var ease = context.Ease(step);
        context.Camera.X.Animate(start, duration, -x, ease);
        context.Camera.Y.Animate(start, duration, -y, ease);
    }
}

/// <summary>camera-reset (spec §9.7): scale → 1 and pan → 0 together.</summary>
internal sealed class CameraResetHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        var ease = context.Ease(step);
        context.Camera.Scale.Animate(start, duration, 1, ease);
        context.Camera.X.Animate(start, duration, 0, ease);
        context.Camera.Y.Animate(start, duration, 0, ease);
    }
}
