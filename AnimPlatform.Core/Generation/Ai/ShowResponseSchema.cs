using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// The JSON schema of an inline show, asked for as the response format where the provider supports it: the
/// shape of the show (meta, scenes with name, narration and a manifest of objects and a timeline) with object
/// types and actions limited to the vocabulary registry's, so fewer replies need repair. Not strict: the fields
/// of each kind and action stay the reference's job (the schema would be too large for some providers).
/// </summary>
public static class ShowResponseSchema
{
    public const string Name = "animplatform_inline_show";

    private static readonly Lazy<JsonElement> Schema = new(Build);

    public static JsonElement Value => Schema.Value;

    private static JsonElement Build()
    {
        static JsonObject Str() => new() { ["type"] = "string" };
        static JsonArray Enum(IEnumerable<string> names) => new(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
        var manifest = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("objects", "timeline"),
            ["properties"] = new JsonObject
            {
                ["meta"] = new JsonObject { ["type"] = "object" },
                ["objects"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("id", "type"),
                        ["properties"] = new JsonObject { ["id"] = Str(), ["type"] = new JsonObject { ["enum"] = Enum(VocabularyRegistry.KindNames) } },
                    },
                },
                ["timeline"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("action"),
                        ["properties"] = new JsonObject { ["action"] = new JsonObject { ["enum"] = Enum(VocabularyRegistry.ActionNames) }, ["target"] = Str() },
                    },
                },
            },
        };
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("meta", "scenes"),
            ["properties"] = new JsonObject
            {
                ["meta"] = new JsonObject { ["type"] = "object", ["required"] = new JsonArray("title"), ["properties"] = new JsonObject { ["title"] = Str(), ["topic"] = Str() } },
                ["scenes"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("name", "narration", "manifest"),
                        ["properties"] = new JsonObject { ["name"] = Str(), ["transition"] = Str(), ["narration"] = Str(), ["manifest"] = manifest },
                    },
                },
            },
        };
        return JsonSerializer.SerializeToElement(schema);
    }
}
