using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>fade-out — Lowers the object to invisible; it keeps its state.</summary>
internal static class FadeOutAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "fade-out",
        Doc = "Lowers the object to invisible; it keeps its state.",
        DefaultDuration = "0.8s",
        Handler = new FadeHandler(0),
        Example = "{ action: fade-out, target: title, duration: 0.5s }",
    };
}
