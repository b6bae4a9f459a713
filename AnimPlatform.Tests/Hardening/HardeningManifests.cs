using System.Text.Json.Nodes;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Small documents for the hardening tests (issue 14).</summary>
internal static class HardeningManifests
{
    public static JsonObject Scene(string? background = "#102030", double pauseSeconds = 1) => new()
    {
        ["meta"] = new JsonObject { ["title"] = "t", ["canvas"] = new JsonObject { ["width"] = 320, ["height"] = 180, ["background"] = background } },
        ["objects"] = new JsonArray(new JsonObject
        {
            ["id"] = "g", ["type"] = "graph",
            ["nodes"] = new JsonArray(new JsonObject { ["id"] = "a", ["x"] = 10, ["y"] = 10 }),
            ["edges"] = new JsonArray(),
            ["style"] = new JsonObject { ["nodeColor"] = "#445566" },
        }),
        ["timeline"] = new JsonArray(new JsonObject { ["action"] = "pause", ["duration"] = $"{pauseSeconds}s" }),
    };

    public static JsonObject Show(params (JsonObject Manifest, string? Narration)[] scenes) => new()
    {
        ["meta"] = new JsonObject { ["title"] = "show", ["canvas"] = new JsonObject { ["width"] = 320, ["height"] = 180 } },
        ["scenes"] = new JsonArray(scenes.Select(s => (JsonNode)new JsonObject { ["manifest"] = s.Manifest, ["narration"] = s.Narration }).ToArray()),
    };
}
