using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>highlight-cell — Fills one cell with color and gives it a white 3 px outline.</summary>
internal static class HighlightCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "highlight-cell",
        Doc = "Fills one cell with color and gives it a white 3 px outline.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("index", FieldType.Index, "0-based cell index"), Req("color", FieldType.Color, "fill colour (palette allowed)")],
        DefaultDuration = "0.5s",
        Handler = new HighlightCellHandler(),
        Example = "{ action: highlight-cell, target: queue, index: 0, color: \"#f1c40f\", duration: 0.5s }",
        Repair = HighlightCellRepair,
    };

    private static string? HighlightCellRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Integer(a["index"]) is not { } index || Missing(a, "color")) return "needs a numeric index and color";
        a["index"] = index;
        return null;
    }
}
