using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>camera-reset — Returns the camera to scale 1, no pan.</summary>
internal static class CameraResetAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "camera-reset",
        Doc = "Returns the camera to scale 1, no pan.",
        TargetRequired = false,
        DefaultDuration = "1s",
        Handler = new CameraResetHandler(),
        Example = "{ action: camera-reset, duration: 1s }",
    };
}
