using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>Pointer places of graphs and trees: a node id; the anchor is on the circle's outline.</summary>
internal static class NodePlaces
{
    public static PointerAnchor? Anchor(string hostId, GroupElement root, IReadOnlyDictionary<string, NodeParts> nodes, JsonNode? place, PointerSide side, out string? problem)
    {
        problem = null;
        var id = place.ScalarText();
        if (id is null || !nodes.TryGetValue(id, out var node))
        {
            problem = id is null ? "at must be a node id" : $"node \"{id}\" not found in \"{hostId}\"";
            return null;
        }
        var (dx, dy) = PointerSides.Outward(side);
        var r = node.Circle.Radius + node.Circle.StrokeWidth.Initial / 2;
        return new NodeAnchor($"{hostId}#{id}", root, node.Group, dx * r, dy * r);
    }
}
