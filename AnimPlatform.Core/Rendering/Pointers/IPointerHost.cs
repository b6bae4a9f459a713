using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>An object kind a pointer can be attached to (array cells, grid cells, graph and tree nodes).</summary>
public interface IPointerHost
{
    /// <summary>The anchor for <paramref name="place"/> (an index, a [row, col], a node id) on <paramref name="side"/>; null with why when there is none.</summary>
    PointerAnchor? Anchor(JsonNode? place, PointerSide side, out string? problem);
}
