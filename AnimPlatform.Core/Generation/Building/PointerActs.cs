using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>Pointer objects (head, tail, top, cur) and their move-pointer actions, for generators.</summary>
public static class PointerActs
{
    /// <summary>A pointer tag on a place of <paramref name="on"/>: a cell index or a node id.</summary>
    public static JsonObject Pointer(string id, string on, JsonNode at, string label, string side = "below", string color = "#f1c40f") => new()
    {
        ["id"] = id,
        ["type"] = "pointer",
        ["on"] = on,
        ["at"] = at,
        ["label"] = label,
        ["side"] = side,
        ["style"] = new JsonObject { ["color"] = color, ["fontSize"] = 20 },
    };

    /// <summary>move-pointer to another place, optionally onto another object (a new version of a graph).</summary>
    public static JsonObject Move(string pointer, JsonNode to, double d = 0.4, string? on = null)
    {
        var o = new JsonObject { ["action"] = "move-pointer", ["target"] = pointer, ["to"] = to, ["duration"] = Fmt.Seconds(d) };
        if (on is not null) o["on"] = on;
        return o;
    }
}
