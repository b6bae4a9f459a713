using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>delete-node — Removes a node and its whole subtree; the tree re-lays out.</summary>
internal static class DeleteNodeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "delete-node",
        Doc = "Removes a node and its whole subtree; the tree re-lays out.",
        TargetKinds = [K.Tree],
        Fields = [Req("node", FieldType.NodeId, "the node")],
        DefaultDuration = "0.8s",
        Handler = new DeleteNodeHandler(),
        Example = "{ action: delete-node, target: tree, node: C, duration: 0.8s }",
        Repair = (a, _, _) => Missing(a, "node") ? "needs node" : null,
    };
}
