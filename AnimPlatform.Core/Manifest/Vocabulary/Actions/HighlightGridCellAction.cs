using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>highlight-grid-cell (extension): Fills a grid cell with color and gives it a white outline.</summary>
internal static class HighlightGridCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "highlight-grid-cell",
        Doc = "Fills a grid cell with color and gives it a white outline.",
        Extension = true,
        TargetKinds = [GridKind.Type],
        Fields = [Req("cell", FieldType.IndexPair, "[row, col], 0-based"), Req("color", FieldType.Color, "fill colour (palette allowed)")],
        DefaultDuration = "0.5s",
        Handler = new HighlightGridCellHandler(),
        Example = "{ action: highlight-grid-cell, target: grid, cell: [1, 2], color: \"#f1c40f\", duration: 0.5s }",
        Repair = (a, _, _) => a["cell"] is not System.Text.Json.Nodes.JsonArray { Count: 2 } || Normalization.LenientValues.Missing(a, "color") ? "needs cell [row, col] and color" : null,
    };
}
