using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>highlight-edge — Colours an edge and widens it to 5 px; edge names the defined direction [from, to].</summary>
internal static class HighlightEdgeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "highlight-edge",
        Doc = "Colours an edge and widens it to 5 px; edge names the defined direction [from, to].",
        TargetKinds = [K.Graph, K.Tree],
        Fields = [Req("edge", FieldType.EdgePair, "[from, to] as defined (trees: [parent, child])"), Req("color", FieldType.Color, "line colour (palette allowed)")],
        DefaultDuration = "0.5s",
        Handler = new HighlightEdgeHandler(),
        Example = "{ action: highlight-edge, target: graph, edge: [A, B], color: \"#e74c3c\", duration: 0.5s }",
        Repair = (a, _, _) => a["edge"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } || Missing(a, "color") ? "needs edge [from, to] and color" : null,
    };
}
