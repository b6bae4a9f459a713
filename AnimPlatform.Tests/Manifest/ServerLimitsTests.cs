using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Manifest;

/// <summary>Scene count and narration length caps of the Manifest stage, reported at their paths.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ServerLimitsTests
{
    private static JsonObject Show(int scenes, int narrationLength = 10)
    {
        var list = new JsonArray();
        for (var i = 0; i < scenes; i++)
            list.Add(new JsonObject
            {
                ["name"] = $"s{i}",
                ["narration"] = new string('n', narrationLength),
                ["manifest"] = new JsonObject
                {
                    ["objects"] = new JsonArray(new JsonObject { ["id"] = "t", ["type"] = "text", ["content"] = "hi", ["position"] = new JsonObject { ["x"] = 10, ["y"] = 10 } }),
                    ["timeline"] = new JsonArray(new JsonObject { ["action"] = "pause", ["duration"] = "0.1s" }),
                },
            });
        return new JsonObject
        {
            ["meta"] = new JsonObject { ["title"] = "limits", ["canvas"] = new JsonObject { ["width"] = 320, ["height"] = 180 } },
            ["scenes"] = list,
        };
    }

    [Fact]
    public void Fifty_scenes_are_fine_and_fifty_one_are_an_error_at_scenes()
    {
        Assert.DoesNotContain(ManifestPipeline.FromNode(Show(ManifestLimits.MaxScenes)).Errors, e => e.Path == "scenes");
        var error = Assert.Single(ManifestPipeline.FromNode(Show(ManifestLimits.MaxScenes + 1)).Errors, e => e.Path == "scenes");
        Assert.Contains("at most 50", error.Message);
    }

    [Fact]
    public void Narration_over_the_cap_is_an_error_at_that_scenes_narration()
    {
        var show = Show(3);
        show["scenes"]![1]!["narration"] = new string('n', ManifestLimits.MaxNarrationLength + 1);
        show["scenes"]![2]!["narration"] = new string('n', ManifestLimits.MaxNarrationLength);
        var errors = ManifestPipeline.FromNode(show).Errors.ToList();
        var error = Assert.Single(errors, e => e.Path.EndsWith(".narration", StringComparison.Ordinal) || e.Path.EndsWith("narration", StringComparison.Ordinal));
        Assert.Equal("scenes[1].narration", error.Path);
        Assert.Contains("5000", error.Message);
    }
}
