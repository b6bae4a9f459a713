using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>move-node — Moves one node (circle, label, attached edges) to a canvas position.</summary>
internal static class MoveNodeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "move-node",
        Doc = "Moves one node (circle, label, attached edges) to a canvas position.",
        TargetKinds = [K.Graph, K.Tree],
        Fields = [Req("node", FieldType.NodeId, "the node"), Req("position", FieldType.Position, "canvas position of its centre")],
        DefaultDuration = "1s",
        Handler = new MoveNodeHandler(),
        Example = "{ action: move-node, target: graph, node: A, position: { x: 400, y: 300 }, duration: 1s }",
        Repair = (a, _, _) => !Point(a["position"]) ? "needs position {x, y}" : Missing(a, "node") ? "needs node" : null,
    };
}
