using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-style — Restyles a graph/tree node (nodeColor, nodeStroke, lineWidth) or a text (color, fontSize).</summary>
internal static class SetStyleAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-style",
        Doc = "Restyles a graph/tree node (nodeColor, nodeStroke, lineWidth) or a text (color, fontSize).",
        TargetKinds = [K.Graph, K.Tree, K.Text],
        Fields = [Req("style", FieldType.Mapping, "the style keys to animate"), Opt("node", FieldType.NodeId, "the node (graphs and trees)")],
        DefaultDuration = "0.5s",
        Handler = new SetStyleHandler(),
        Example = "{ action: set-style, target: title, style: { color: \"#f1c40f\" }, duration: 0.5s }",
        Hints = SetStyleHints,
        Repair = (a, _, _) => a["style"] is not System.Text.Json.Nodes.JsonObject ? "needs a style mapping" : null,
    };

    private static void SetStyleHints(System.Text.Json.Nodes.JsonObject action, string path, Validation.ValidationContext ctx)
    {
        if (action["target"].ScalarText() is not { } id || !ctx.Objects.TryGetValue(id, out var obj)) return;
        if (obj.Type is K.Graph or K.Tree && action["node"] is null)
            ctx.Warning($"{path}.node", $"(set-style) on {obj.Type} {Validation.Describe.Quote(id)} without node has no effect; name the node to restyle");
    }
}
