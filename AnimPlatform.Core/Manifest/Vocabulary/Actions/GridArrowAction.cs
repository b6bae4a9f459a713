using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>grid-arrow (extension): Draws an arrow from one grid cell to another (where a DP value came from).</summary>
internal static class GridArrowAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "grid-arrow",
        Doc = "Draws an arrow from one grid cell to another (where a DP value came from).",
        Extension = true,
        TargetKinds = [GridKind.Type],
        Fields = [Req("from", FieldType.IndexPair, "source cell [row, col]"), Req("to", FieldType.IndexPair, "destination cell [row, col]"), Opt("color", FieldType.Color, "arrow colour", "#f1c40f")],
        DefaultDuration = "0.5s",
        Handler = new GridArrowHandler(),
        Example = "{ action: grid-arrow, target: grid, from: [0, 1], to: [1, 2], duration: 0.5s }",
        Repair = (a, _, _) => a["from"] is not System.Text.Json.Nodes.JsonArray { Count: 2 } || a["to"] is not System.Text.Json.Nodes.JsonArray { Count: 2 } ? "needs from and to cells [row, col]" : null,
    };
}
