using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace AnimPlatform.Web.Drafts;

/// <summary>Writes a JSON value as block YAML (for the parts of a draft the user did not write, when they write YAML).</summary>
public static class YamlText
{
    private static readonly ISerializer Serializer = new SerializerBuilder().Build();

    public static string Write(JsonNode? node) => Serializer.Serialize(Plain(node)).TrimEnd();

    private static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => Plain(kv.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => node.ToJsonString(),
    };
}
