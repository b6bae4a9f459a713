using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Ai;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class JsonRepairTests
{
    private static string Repaired(string reply)
    {
        var r = JsonRepair.Repair(reply);
        Assert.Null(r.Error);
        return JsonNode.Parse(r.Json!)!.ToJsonString();
    }

    [Theory]
    [InlineData("""{"a":1}""", """{"a":1}""")]
    [InlineData("```json\n{\"a\":1}\n```", """{"a":1}""")]
    [InlineData("Here you go:\n```\n{\"a\":[1,2]}\n```\nEnjoy!", """{"a":[1,2]}""")]
    [InlineData("Sure! {\"a\":{\"b\":\"}\"}} trailing words", """{"a":{"b":"}"}}""")]
    [InlineData("""{"a":[1,2,{"b":"hal""", """{"a":[1,2,{"b":"hal"}]}""")]
    [InlineData("""{"a":[1,2,""", """{"a":[1,2]}""")]
    [InlineData("""{"a":1,"b""", """{"a":1,"b":null}""")]
    [InlineData("""{"a":1,"b":""", """{"a":1,"b":null}""")]
    [InlineData("""{"a":tr""", """{"a":true}""")]
    [InlineData("""{"a":12.""", """{"a":12}""")]
    [InlineData("""{"a":"x\""", """{"a":"x"}""")]
    [InlineData("""{"a":"x\u00""", """{"a":"x"}""")]
    [InlineData("```json\n{\"scenes\":[{\"name\":\"intro\"", """{"scenes":[{"name":"intro"}]}""")]
    public void Extracts_and_closes_json(string reply, string expected) => Assert.Equal(expected, Repaired(reply));

    [Fact]
    public void Reports_truncation_and_fences()
    {
        var r = JsonRepair.Repair("```json\n{\"a\":[1");
        Assert.True(r.Truncated);
        Assert.Contains(r.Repairs, x => x.Contains("fence"));
        Assert.Contains(r.Repairs, x => x.Contains("truncated"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("I cannot help with that.")]
    public void No_object_is_an_error(string reply) => Assert.NotNull(JsonRepair.Repair(reply).Error);
}
