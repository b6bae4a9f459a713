using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;

namespace AnimPlatform.Web.Drafts;

/// <summary>What the Generate page says about a generation, and what it keeps of it with the job.</summary>
public static class GenerationSummary
{
    /// <summary>"Made with the built-in generator: Bubble Sort — input [5, 3, 8, 1]."</summary>
    public static string Message(ShowGenerationResult result)
    {
        var source = result.Source == GenerationSource.Ai
            ? $"AI ({result.Provider}{(result.Model is null ? "" : ", " + result.Model)})"
            : $"built-in generator: {result.GeneratorTitle}";
        return $"Made with the {source}{(string.IsNullOrEmpty(result.Input) ? "" : $" — input {result.Input}")}.";
    }

    /// <summary>What made the show, kept with the job for debugging (for AI: the prompts and the raw reply).</summary>
    public static string Log(ShowGenerationResult result) => new JsonObject
    {
        ["source"] = result.Source.ToString(),
        ["generator"] = result.GeneratorId,
        ["input"] = result.Input,
        ["provider"] = result.Provider,
        ["model"] = result.Model,
        ["attempts"] = result.Attempts,
        ["systemPrompt"] = result.SystemPrompt,
        ["userPrompt"] = result.UserPrompt,
        ["rawResponse"] = result.RawResponse,
        ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    }.ToJsonString();
}
