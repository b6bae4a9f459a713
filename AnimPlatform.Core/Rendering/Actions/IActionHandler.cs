using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>
/// One action kind: adds the tweens it causes, starting at <paramref name="start"/> and lasting the action's
/// duration. It never changes scheduling: every action occupies exactly its D (spec §8.2).
/// </summary>
public interface IActionHandler
{
    void Apply(ActionStep step, double start, double duration, SceneContext context);
}
