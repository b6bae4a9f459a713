using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>move-to — Moves the whole object so its anchor ends at position (a graph is translated by position minus the canvas centre).</summary>
internal static class MoveToAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "move-to",
        Doc = "Moves the whole object so its anchor ends at position (a graph is translated by position minus the canvas centre).",
        Fields = [Req("position", FieldType.Position, "canvas position")],
        DefaultDuration = "1s",
        Handler = new MoveToHandler(),
        Example = "{ action: move-to, target: title, position: { x: 960, y: 100 }, duration: 1s }",
        Repair = (a, _, _) => !Point(a["position"]) ? "needs position {x, y}" : null,
    };
}
