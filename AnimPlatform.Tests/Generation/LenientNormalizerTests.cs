using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Normalization;

namespace AnimPlatform.Tests.Generation;

/// <summary>Spec §14, rule by rule.</summary>
[Trait("Category", TestCategory.Unit)]
public class LenientNormalizerTests
{
    private static (JsonObject Show, List<string> Warnings) Run(string json)
    {
        var show = JsonNode.Parse(json)!.AsObject();
        var warnings = LenientNormalizer.Normalize(show);
        return (show, warnings);
    }

    private static double Num(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Scene(JsonObject show, int i) => show["scenes"]![i]!.AsObject();
    private static JsonArray Timeline(JsonObject show, int i = 0) => Scene(show, i)["manifest"]!["timeline"]!.AsArray();
    private static JsonArray Objects(JsonObject show, int i = 0) => Scene(show, i)["manifest"]!["objects"]!.AsArray();

    private static string OneScene(string objects, string timeline) =>
        $$$"""{"meta":{"title":"t","canvas":{"width":1920,"height":1080,"background":"#000"}},"scenes":[{"name":"s","manifest":{"meta":{"title":"s"},"objects":{{{objects}}},"timeline":{{{timeline}}}}}]}""";

    [Fact]
    public void Show_meta_defaults()
    {
        var (show, warnings) = Run("""{"scenes": 3}""");
        Assert.Equal(1920, Num(show["meta"]!["canvas"]!["width"]!));
        Assert.Equal("#0f0f23", (string)show["meta"]!["canvas"]!["background"]!);
        Assert.NotNull(show["meta"]!["palette"] as JsonObject);
        Assert.Empty(show["scenes"]!.AsArray());
        Assert.Contains(warnings, w => w.Contains("missing meta"));
        Assert.Contains(warnings, w => w.Contains("missing scenes"));

        var (show2, _) = Run("""{"meta":{"canvas":{"width":"wide","height":0,"background":""},"easing":"bouncy"},"scenes":[]}""");
        Assert.Equal(1920, Num(show2["meta"]!["canvas"]!["width"]!));
        Assert.Equal(1080, Num(show2["meta"]!["canvas"]!["height"]!));
        Assert.Equal("#0f0f23", (string)show2["meta"]!["canvas"]!["background"]!);
        Assert.False(show2["meta"]!.AsObject().ContainsKey("easing"));
    }

    [Fact]
    public void Scene_names_transitions_and_missing_parts()
    {
        var (show, _) = Run("""
            {"meta":{"canvas":{"width":1280,"height":720,"background":"#111"}},"scenes":[
              {"transition":"fade","manifest":{"objects":[],"timeline":[]}},
              {"transition":"crossfade","manifest":{"meta":{"title":"x"}}},
              {"transition":"wipe"},
              {"transition":{"type":"slide-left","duration":-2}},
              {"transition":{"type":"spin","duration":"1s"}},
              {"transition":{"type":"fade","duration":"2 seconds"}}
            ]}
            """);
        Assert.Equal("scene-1", (string)Scene(show, 0)["name"]!);
        Assert.Equal("none", (string)Scene(show, 0)["transition"]!);
        Assert.Equal(1280, Num(Scene(show, 0)["manifest"]!["meta"]!["canvas"]!["width"]!));
        Assert.Equal("scene-1", (string)Scene(show, 0)["manifest"]!["meta"]!["title"]!);
        Assert.Equal("""{"type":"crossfade","duration":"1s"}""", Scene(show, 1)["transition"]!.ToJsonString());
        Assert.Equal(720, Num(Scene(show, 1)["manifest"]!["meta"]!["canvas"]!["height"]!));
        Assert.Empty(Timeline(show, 1));
        Assert.Equal("none", (string)Scene(show, 2)["transition"]!);
        Assert.Equal("scene-3", (string)Scene(show, 2)["manifest"]!["meta"]!["title"]!);
        Assert.Equal(1920, Num(Scene(show, 2)["manifest"]!["meta"]!["canvas"]!["width"]!)); // default canvas, not the show's
        Assert.Equal("1s", (string)Scene(show, 3)["transition"]!["duration"]!);
        Assert.Equal("none", (string)Scene(show, 4)["transition"]!);
        Assert.Equal("2s", (string)Scene(show, 5)["transition"]!["duration"]!);
    }

    [Fact]
    public void Objects_are_repaired_or_dropped()
    {
        var (show, warnings) = Run(OneScene("""
            [
              {"type":"text"},
              {"id":"t","type":"text","content":42},
              {"id":"t","type":"text","content":"dup"},
              {"id":"g","type":"graph","nodes":[{"id":"a","x":"left"},{"label":"no id"},{"id":"b","x":1,"y":2,"label":"B"}],
               "edges":[{"from":"a","to":"b"},{"from":"a","to":"zz"},{"from":"a"}]},
              {"id":"d","type":"data-structure","variant":"tower","position":{"x":"a","y":3}},
              {"id":"tr","type":"tree","variant":"ternary","nodes":[{"id":1},{"id":"c","parent":"nobody","side":"left"},{"id":"e","parent":1,"side":"up"}]},
              {"id":"w","type":"widget"}
            ]
            """, "[]"));
        var objects = Objects(show);
        Assert.Equal(["t", "g", "d", "tr", "w"], objects.Select(o => (string)o!["id"]!));
        Assert.Equal("42", (string)objects[0]!["content"]!);
        Assert.Equal(960, Num(objects[0]!["position"]!["x"]!));
        var graph = objects[1]!;
        Assert.Equal(2, graph["nodes"]!.AsArray().Count);
        Assert.Equal(0, Num(graph["nodes"]![0]!["x"]!));
        Assert.Equal("a", (string)graph["nodes"]![0]!["label"]!);
        Assert.Single(graph["edges"]!.AsArray());
        Assert.Equal("array", (string)objects[2]!["variant"]!);
        Assert.Equal(960, Num(objects[2]!["position"]!["x"]!));
        Assert.Equal(3, Num(objects[2]!["position"]!["y"]!));
        var tree = objects[3]!;
        Assert.Equal("binary", (string)tree["variant"]!);
        Assert.Equal("1", tree["root"]!.ToString());
        Assert.False(tree["nodes"]![1]!.AsObject().ContainsKey("parent"));
        Assert.False(tree["nodes"]![2]!.AsObject().ContainsKey("side"));
        Assert.Equal("1", tree["nodes"]![0]!["label"]!.ToString());
        Assert.Contains(warnings, w => w.Contains("unknown object type \"widget\""));
        Assert.Contains(warnings, w => w.Contains("duplicate id \"t\""));
    }

    [Fact]
    public void Actions_get_durations_coercions_and_lose_unknown_fields()
    {
        var (show, warnings) = Run(OneScene("""[{"id":"q","type":"data-structure","variant":"queue","position":{"x":1,"y":1}},{"id":"t","type":"text","content":"","position":{"x":1,"y":1}}]""", """
            [
              {"action":"fade-in","target":"q"},
              {"action":"enqueue","target":"q","values":7,"duration":2},
              {"action":"set-text","target":"t","value":0,"color":"red"},
              {"action":"pause","duration":"1s"},
              {"action":"pause"},
              {"action":"swap-cells","target":"q","indices":["0",1],"duration":"fast"},
              {"action":"highlight-cell","target":"q","index":"1","color":"$hot","easing":"wobble","duration":"0.3 sec"},
              {"action":"dance","target":"q"},
              {"target":"q"},
              {"action":"highlight-node","target":"ghost","node":"a"},
              {"action":"set-text","target":"t"},
              {"parallel":"nope"},
              {"parallel":[{"action":"teleport"}]},
              {"parallel":[{"action":"fade-out","target":"q","duration":0},{"action":"insert-node","target":"q","node":"n","parent":"p","side":"left"}]}
            ]
            """));
        var t = Timeline(show);
        Assert.Equal(9, t.Count);
        Assert.Equal("""{"action":"fade-in","target":"q","duration":"0.8s"}""", t[0]!.ToJsonString());
        Assert.Equal("""{"action":"enqueue","target":"q","values":["7"],"duration":"2s"}""", t[1]!.ToJsonString());
        Assert.Equal("""{"action":"set-text","target":"t","value":"0"}""", t[2]!.ToJsonString());
        Assert.Equal("5s", (string)t[3]!["duration"]!);
        Assert.Equal("5s", (string)t[4]!["duration"]!);
        Assert.Equal("""{"action":"swap-cells","target":"q","indices":[0,1],"duration":"1s"}""", t[5]!.ToJsonString());
        Assert.Equal("""{"action":"highlight-cell","target":"q","index":1,"color":"$hot","duration":"0.3s"}""", t[6]!.ToJsonString());
        Assert.Equal("""{"action":"set-text","target":"t","value":""}""", t[7]!.ToJsonString());
        var block = t[8]!["parallel"]!.AsArray();
        Assert.Equal("""[{"action":"fade-out","target":"q","duration":"1s"},{"action":"insert-node","target":"q","node":"n","parent":"p","side":"left","label":"n","duration":"0.8s"}]""", block.ToJsonString());
        Assert.Equal("#e74c3c", (string)show["meta"]!["palette"]!["hot"]!);
        Assert.Contains(warnings, w => w.Contains("\"$hot\" was not declared — auto-assigned #e74c3c"));
        Assert.Contains(warnings, w => w.Contains("unknown action \"dance\""));
        Assert.Contains(warnings, w => w.Contains("target \"ghost\""));
        Assert.Contains(warnings, w => w.Contains("does not take \"color\""));
    }

    [Fact]
    public void Palette_fallbacks_cycle_in_order_and_keep_declared_names()
    {
        var timeline = string.Join(",", Enumerable.Range(0, 12).Select(i => $$"""{"action":"highlight-cell","target":"q","index":0,"color":"$c{{i}}"}"""));
        var json = OneScene("""[{"id":"q","type":"data-structure","variant":"array","position":{"x":1,"y":1}}]""", $"[{timeline}]")
            .Replace("\"background\":\"#000\"}", "\"background\":\"#000\"},\"palette\":{\"c3\":\"#123456\"}");
        var (show, _) = Run(json);
        var palette = show["meta"]!["palette"]!.AsObject();
        Assert.Equal("#123456", (string)palette["c3"]!);
        Assert.Equal("#e74c3c", (string)palette["c0"]!);
        Assert.Equal("#2ecc71", (string)palette["c1"]!);
        Assert.Equal("#3498db", (string)palette["c2"]!);
        Assert.Equal("#f39c12", (string)palette["c4"]!);
        Assert.Equal("#c0392b", (string)palette["c10"]!); // the 10th auto-assigned colour
        Assert.Equal("#e74c3c", (string)palette["c11"]!); // the 11th cycles back to the first
    }
}
