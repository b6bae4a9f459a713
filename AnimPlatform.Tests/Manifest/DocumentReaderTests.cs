using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Manifest;

[Trait("Category", TestCategory.Unit)]
public class DocumentReaderTests
{
    [Fact]
    public void Yaml_plain_scalars_are_typed_and_quoted_ones_stay_strings()
    {
        var node = DocumentReader.Read("""
            a: 5
            b: 0.5
            c: 1s
            d: "5"
            e: true
            f: ~
            g: .inf
            h: 0x10
            """)!;
        Assert.Equal(5, node["a"].AsNumber());
        Assert.Equal(0.5, node["b"].AsNumber());
        Assert.Equal("1s", node["c"].AsString());
        Assert.Equal("5", node["d"].AsString());
        Assert.True(node["e"].AsBool());
        Assert.Null(node["f"]);
        Assert.True(node.AsObject().ContainsKey("f"));
        Assert.Equal(double.PositiveInfinity, node["g"].AsNumber());
        Assert.Equal(16, node["h"].AsNumber());
    }

    [Fact]
    public void Json_and_yaml_give_the_same_tree()
    {
        var yaml = DocumentReader.Read("meta: { title: x, canvas: { width: 10 } }\nlist: [1, 'a']");
        var json = DocumentReader.Read("""{"meta": {"title": "x", "canvas": {"width": 10}}, "list": [1, "a"]}""");
        Assert.True(JsonNode.DeepEquals(yaml, json));
    }

    [Fact]
    public void Yaml_anchors_and_merge_keys_expand()
    {
        var node = DocumentReader.Read("""
            base: &b { x: 1, y: 2 }
            copy: *b
            merged: { <<: *b, y: 3 }
            """)!;
        Assert.Equal(1, node["copy"]!["x"].AsNumber());
        Assert.Equal(3, node["merged"]!["y"].AsNumber());
        Assert.Equal(1, node["merged"]!["x"].AsNumber());
    }

    [Fact]
    public void Alias_bomb_is_refused()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        var ex = Assert.Throws<ManifestParseException>(() => DocumentReader.Read(string.Join("\n", lines)));
        Assert.Contains("too many", ex.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var text = new string('[', 200) + new string(']', 200);
        Assert.Throws<ManifestParseException>(() => DocumentReader.Read("x: " + text));
    }

    [Fact]
    public void Syntax_errors_say_where()
    {
        var ex = Assert.Throws<ManifestParseException>(() => DocumentReader.Read("meta:\n  title: [unclosed\nobjects: x"));
        Assert.Contains("line", ex.Message);
    }

    [Fact]
    public void Oversized_text_is_refused()
    {
        var text = "a: \"" + new string('x', ManifestLimits.MaxBytes) + "\"";
        Assert.Throws<ManifestParseException>(() => DocumentReader.Read(text));
    }
}
