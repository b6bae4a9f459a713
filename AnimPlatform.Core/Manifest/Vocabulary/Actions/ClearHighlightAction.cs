using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>clear-highlight (extension): removes a code panel's highlight band and undims every line.</summary>
internal static class ClearHighlightAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "clear-highlight",
        Doc = "Removes the highlight band of a code panel; every line is fully visible again.",
        Extension = true,
        TargetKinds = [CodeKind.Type],
        DefaultDuration = "0.3s",
        Handler = new ClearHighlightHandler(),
        Example = "{ action: clear-highlight, target: code, duration: 0.3s }",
    };
}
