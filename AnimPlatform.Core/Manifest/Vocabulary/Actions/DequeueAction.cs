using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>dequeue — Removes the leftmost cell; the rest slide left.</summary>
internal static class DequeueAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "dequeue",
        Doc = "Removes the leftmost cell; the rest slide left.",
        TargetKinds = [K.DataStructure],
        DefaultDuration = "0.8s",
        Handler = new RemoveCellHandler(fromLeft: true),
        Example = "{ action: dequeue, target: queue, duration: 0.8s }",
    };
}
