using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>POST generate: a topic in, a show out (built-in generators or the configured AI provider).</summary>
internal static class GenerateEndpoints
{
    public const int MaxPromptLength = 2000;
    public const long MaxBodyBytes = 64 * 1024;

    public static async Task<IResult> GenerateAsync(HttpContext http, ShowGenerationService generation)
    {
        var text = await RequestBody.ReadTextAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (text is null) return ApiProblems.TooLarge(MaxBodyBytes);
        var errors = new List<ApiDiagnostic>();
        var request = Read(text, errors);
        if (errors.Count > 0 || request is null) return ApiProblems.Invalid(errors);

        var result = await generation.GenerateAsync(request, http.RequestAborted);
        if (!result.Succeeded)
        {
            var error = result.Error ?? "the generator produced no show";
            // The AI provider failing is not the client's fault; everything else is about the prompt.
            if (result.Source == GenerationSource.Ai && generation.AiConfigured && result.Show is null)
                return Results.Problem(title: "The AI provider failed", detail: error, statusCode: StatusCodes.Status502BadGateway);
            return ApiProblems.Invalid([new ApiDiagnostic("prompt", error)], title: "Nothing was generated");
        }
        return Results.Ok(new GenerateResultDto(
            result.Show!,
            new GeneratorDto(
                result.Source == GenerationSource.Ai ? "ai" : "builtin",
                result.GeneratorId,
                result.GeneratorTitle,
                result.Input,
                result.Provider,
                result.Model,
                result.Attempts,
                Math.Round(result.Elapsed.TotalSeconds, 3)),
            result.Warnings));
    }

    private static GenerationRequest? Read(string text, List<ApiDiagnostic> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ApiDiagnostic("prompt", "send {\"prompt\": \"<topic>\", \"mode\": \"auto|builtin|ai\"}"));
            return null;
        }
        JsonNode? root;
        try { root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException ex)
        {
            errors.Add(new ApiDiagnostic(ex.Path ?? "", $"malformed JSON: {ex.Message}"));
            return null;
        }
        if (root is not JsonObject body)
        {
            errors.Add(new ApiDiagnostic("", "the body must be a JSON object {\"prompt\": …, \"mode\": …}"));
            return null;
        }

        var prompt = body["prompt"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(prompt)) errors.Add(new ApiDiagnostic("prompt", "prompt is required: a topic such as \"quick sort 5 2 9 1\""));
        else if (prompt.Length > MaxPromptLength) errors.Add(new ApiDiagnostic("prompt", $"prompt must be at most {MaxPromptLength} characters"));

        var mode = GenerationMode.Auto;
        if (body["mode"] is { } modeNode)
        {
            var name = modeNode is JsonValue m && m.GetValueKind() == JsonValueKind.String ? m.GetValue<string>().Trim().ToLowerInvariant() : null;
            switch (name)
            {
                case "auto": mode = GenerationMode.Auto; break;
                case "builtin" or "built-in": mode = GenerationMode.BuiltIn; break;
                case "ai": mode = GenerationMode.Ai; break;
                default: errors.Add(new ApiDiagnostic("mode", "mode must be one of auto, builtin, ai")); break;
            }
        }

        int? seed = null;
        if (body["seed"] is { } seedNode)
        {
            if (seedNode is JsonValue s && s.GetValueKind() == JsonValueKind.Number && s.TryGetValue<int>(out var n)) seed = n;
            else errors.Add(new ApiDiagnostic("seed", "seed must be a whole number"));
        }
        return errors.Count > 0 ? null : new GenerationRequest(prompt!.Trim(), mode, seed);
    }
}
