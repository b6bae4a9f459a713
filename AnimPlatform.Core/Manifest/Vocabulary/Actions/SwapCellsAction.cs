using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>swap-cells — Swaps two cells: one lifts up, the other drops down, they cross and settle.</summary>
internal static class SwapCellsAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "swap-cells",
        Doc = "Swaps two cells: one lifts up, the other drops down, they cross and settle.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("indices", FieldType.IndexPair, "the two cell indices [i, j]")],
        DefaultDuration = "1s",
        Handler = new SwapCellsHandler(),
        Example = "{ action: swap-cells, target: queue, indices: [0, 1], duration: 1s }",
        Repair = SwapRepair,
    };

    private static string? SwapRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (a["indices"] is not System.Text.Json.Nodes.JsonArray { Count: >= 2 } list) return "needs indices [i, j]";
        var numbers = list.Select(Number).ToList();
        if (numbers.Any(x => x is null)) return "indices must be numbers";
        a["indices"] = new System.Text.Json.Nodes.JsonArray(numbers.Select(x => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonValue.Create(x!.Value)).ToArray());
        return null;
    }
}
