using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>Factory for the graph actions that change a graph's edges: add-edge and remove-edge.</summary>
public static class EdgeActs
{
    public static JsonObject AddEdge(string target, string from, string to, double d = 0.6, string? weight = null)
    {
        var o = new JsonObject { ["action"] = "add-edge", ["target"] = target, ["edge"] = new JsonArray(from, to) };
        if (weight is not null) o["weight"] = weight;
        o["duration"] = Fmt.Seconds(d);
        return o;
    }

    public static JsonObject RemoveEdge(string target, string from, string to, double d = 0.6) =>
        new() { ["action"] = "remove-edge", ["target"] = target, ["edge"] = new JsonArray(from, to), ["duration"] = Fmt.Seconds(d) };
}
