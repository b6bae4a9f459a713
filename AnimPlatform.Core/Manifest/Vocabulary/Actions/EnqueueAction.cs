using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>enqueue — Appends values at the right end, one after another.</summary>
internal static class EnqueueAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "enqueue",
        Doc = "Appends values at the right end, one after another.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("values", FieldType.StringList, "values to add")],
        DefaultDuration = "0.5s",
        Handler = new AppendCellsHandler(),
        Example = "{ action: enqueue, target: queue, values: [\"7\"], duration: 0.5s }",
        Repair = ValuesRepair,
    };

    private static string? ValuesRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Missing(a, "values")) return "needs values";
        a["values"] = StringList(a["values"]);
        return null;
    }
}
