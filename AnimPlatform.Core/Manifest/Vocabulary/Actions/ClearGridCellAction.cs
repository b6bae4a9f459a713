using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>clear-grid-cell (extension): Removes a grid cell's highlight; its value stays.</summary>
internal static class ClearGridCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "clear-grid-cell",
        Doc = "Removes a grid cell's highlight; its value stays.",
        Extension = true,
        TargetKinds = [GridKind.Type],
        Fields = [Req("cell", FieldType.IndexPair, "[row, col], 0-based")],
        DefaultDuration = "0.3s",
        Handler = new ClearGridCellHandler(),
        Example = "{ action: clear-grid-cell, target: grid, cell: [1, 2], duration: 0.3s }",
        Repair = (a, _, _) => a["cell"] is not System.Text.Json.Nodes.JsonArray { Count: 2 } ? "needs cell [row, col]" : null,
    };
}
