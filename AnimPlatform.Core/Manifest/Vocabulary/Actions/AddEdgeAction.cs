using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>add-edge (extension) — A new edge [from, to] fades in; from then on it is an edge of the graph.</summary>
internal static class AddEdgeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "add-edge",
        Doc = "Adds an edge [from, to] between two nodes of a graph; it fades in over the duration (an arrowhead on a directed graph, a weight pill when weight is given). Later actions treat it as a defined edge (highlight-edge, remove-edge). An edge already there is a renderer warning.",
        Extension = true,
        TargetKinds = [K.Graph],
        Fields = [Req("edge", FieldType.EdgePair, "[from, to]: two node ids of the graph"), Opt("weight", FieldType.String, "a label drawn beside the edge, as a defined edge's weight", "none")],
        DefaultDuration = "0.6s",
        Handler = new AddEdgeHandler(),
        Example = "{ action: add-edge, target: graph, edge: [B, A], duration: 0.6s }",
        Hints = (a, path, ctx) => EdgeActionHints.UnknownNodes(a, path, "add-edge", ctx),
        Repair = (a, _, _) => a["edge"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } ? "needs edge [from, to]" : null,
    };
}
