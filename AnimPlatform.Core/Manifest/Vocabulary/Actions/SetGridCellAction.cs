using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-grid-cell (extension): Changes a grid cell's value with a short pulse.</summary>
internal static class SetGridCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-grid-cell",
        Doc = "Changes a grid cell's value with a short pulse.",
        Extension = true,
        TargetKinds = [GridKind.Type],
        Fields = [Req("cell", FieldType.IndexPair, "[row, col], 0-based"), Req("value", FieldType.Any, "the new value")],
        DefaultDuration = "0.5s",
        Handler = new SetGridCellHandler(),
        Example = "{ action: set-grid-cell, target: grid, cell: [1, 2], value: \"2\", duration: 0.5s }",
        Repair = (a, _, _) => a["cell"] is not System.Text.Json.Nodes.JsonArray { Count: 2 } ? "needs cell [row, col]" : null,
    };
}
