using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

internal static class CellIndex
{
    /// <summary>The cell at a 0-based index of the live row; missing or out of range → warning, null.</summary>
    public static DataStructureRuntime.Cell? Resolve(ActionStep step, SceneContext context, DataStructureRuntime ds, JsonNode? index)
    {
        var i = CellValues.Index(index);
        if (i is { } k && k >= 0 && k < ds.Cells.Count) return ds.Cells[k];
        context.Warn(step, i is null
            ? "index must be a whole number"
            : $"index {i} is out of range (\"{ds.Id}\" has {ds.Cells.Count} cells)");
        return null;
    }
}
