using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>push — Same as enqueue: appends values at the right end.</summary>
internal static class PushAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "push",
        Doc = "Same as enqueue: appends values at the right end.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("values", FieldType.StringList, "values to add")],
        DefaultDuration = "0.5s",
        Handler = new AppendCellsHandler(),
        Example = "{ action: push, target: queue, values: [\"7\"], duration: 0.5s }",
        Repair = ValuesRepair,
    };

    private static string? ValuesRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Missing(a, "values")) return "needs values";
        a["values"] = StringList(a["values"]);
        return null;
    }
}
