using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>camera-pan — Pans the camera so the canvas point position comes to the centre.</summary>
internal static class CameraPanAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "camera-pan",
        Doc = "Pans the camera so the canvas point position comes to the centre.",
        TargetRequired = false,
        Fields = [Req("position", FieldType.Position, "canvas point to centre")],
        DefaultDuration = "1s",
        Handler = new CameraPanHandler(),
        Example = "{ action: camera-pan, position: { x: 800, y: 500 }, duration: 1s }",
        Repair = (a, _, _) => !Point(a["position"]) ? "needs position {x, y}" : null,
    };
}
