using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>insert-node — Adds a node under parent on side; the tree re-lays out.</summary>
internal static class InsertNodeAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "insert-node",
        Doc = "Adds a node under parent on side; the tree re-lays out.",
        TargetKinds = [K.Tree],
        Fields = [Req("node", FieldType.String, "the new node id"), Req("parent", FieldType.NodeId, "its parent"), Req("side", FieldType.Side, "left or right"), Opt("label", FieldType.String, "its label", "the node id")],
        DefaultDuration = "0.8s",
        Handler = new InsertNodeHandler(),
        Example = "{ action: insert-node, target: tree, node: D, parent: B, side: left, duration: 0.8s }",
        Repair = InsertRepair,
    };

    private static string? InsertRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Missing(a, "node") || Missing(a, "parent") || a["side"].AsString() is not ("left" or "right"))
            return "needs node, parent and side (left or right)";
        if (Missing(a, "label")) a["label"] = a["node"]!.DeepClone();
        return null;
    }
}
