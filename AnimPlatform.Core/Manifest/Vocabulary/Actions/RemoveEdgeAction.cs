using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>remove-edge (extension) — An edge [from, to] fades out and is gone from the graph.</summary>
internal static class RemoveEdgeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "remove-edge",
        Doc = "Removes the edge [from, to] (a defined one or one added by add-edge): it fades out with its weight over the duration and is gone; highlighting it later is a renderer warning.",
        Extension = true,
        TargetKinds = [K.Graph],
        Fields = [Req("edge", FieldType.EdgePair, "[from, to] in the edge's direction")],
        DefaultDuration = "0.6s",
        Handler = new RemoveEdgeHandler(),
        Example = "{ action: remove-edge, target: graph, edge: [A, B], duration: 0.6s }",
        Hints = (a, path, ctx) => EdgeActionHints.UnknownNodes(a, path, "remove-edge", ctx),
        Repair = (a, _, _) => a["edge"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } ? "needs edge [from, to]" : null,
    };
}
