using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>init-cells — Replaces all cells with values, growing them in one after another.</summary>
internal static class InitCellsAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "init-cells",
        Doc = "Replaces all cells with values, growing them in one after another.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("values", FieldType.StringList, "the new cells")],
        DefaultDuration = "1s",
        Handler = new InitCellsHandler(),
        Example = "{ action: init-cells, target: queue, values: [\"5\", \"3\", \"8\"], duration: 1s }",
        Repair = ValuesRepair,
    };

    private static string? ValuesRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Missing(a, "values")) return "needs values";
        a["values"] = StringList(a["values"]);
        return null;
    }
}
