using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>highlight-node — Fills a node with color and gives it a white 4 px outline.</summary>
internal static class HighlightNodeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "highlight-node",
        Doc = "Fills a node with color and gives it a white 4 px outline.",
        TargetKinds = [K.Graph, K.Tree],
        Fields = [Req("node", FieldType.NodeId, "the node"), Req("color", FieldType.Color, "fill colour (palette allowed)")],
        DefaultDuration = "0.5s",
        Handler = new HighlightNodeHandler(),
        Example = "{ action: highlight-node, target: graph, node: A, color: \"#e74c3c\", duration: 0.5s }",
        Repair = (a, _, _) => Missing(a, "node") || Missing(a, "color") ? "needs node and color" : null,
    };
}
