using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>fade-in — Raises the object to fully visible over the duration.</summary>
internal static class FadeInAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "fade-in",
        Doc = "Raises the object to fully visible over the duration.",
        DefaultDuration = "0.8s",
        Handler = new FadeHandler(1),
        Example = "{ action: fade-in, target: title, duration: 0.8s }",
    };
}
