using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>pause (spec §9.8): nothing changes for D.</summary>
internal sealed class PauseHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context) { }
}
