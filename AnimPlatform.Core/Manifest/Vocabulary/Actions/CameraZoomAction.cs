using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>camera-zoom — Zooms the camera about the canvas centre to scale.</summary>
internal static class CameraZoomAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "camera-zoom",
        Doc = "Zooms the camera about the canvas centre to scale.",
        TargetRequired = false,
        Fields = [Req("scale", FieldType.Number, "zoom factor (1 = none)"), new("target", FieldType.Any, false, null, "accepted and ignored", Lenient: false)],
        DefaultDuration = "1s",
        Handler = new CameraZoomHandler(),
        Example = "{ action: camera-zoom, scale: 1.5, duration: 1s }",
        Repair = ZoomRepair,
    };

    private static string? ZoomRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Number(a["scale"]) is not { } scale) return "needs a numeric scale";
        a["scale"] = scale;
        return null;
    }
}
