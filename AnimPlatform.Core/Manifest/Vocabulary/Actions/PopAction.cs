using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>pop — Removes the rightmost cell; the rest slide right.</summary>
internal static class PopAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "pop",
        Doc = "Removes the rightmost cell; the rest slide right.",
        TargetKinds = [K.DataStructure],
        DefaultDuration = "0.8s",
        Handler = new RemoveCellHandler(fromLeft: false),
        Example = "{ action: pop, target: queue, duration: 0.8s }",
    };
}
