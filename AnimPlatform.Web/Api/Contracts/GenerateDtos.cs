using System.Text.Json.Nodes;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>The body of POST /api/v1/generate: a topic prompt, how to generate (auto, builtin, ai) and an optional seed.</summary>
public sealed record GenerateRequestBody(string Prompt, string? Mode, int? Seed);

/// <summary>A generated show (render it with POST /api/v1/render {"show": …}), what made it, and its warnings.</summary>
public sealed record GenerateResultDto(JsonObject Show, GeneratorDto Generator, IReadOnlyList<string> Warnings);

/// <summary>What produced a show: "builtin" (with the generator id and title) or "ai" (with provider and model).</summary>
public sealed record GeneratorDto(
    string Source,
    string? Id,
    string? Title,
    string? Input,
    string? Provider,
    string? Model,
    int Attempts,
    double ElapsedSeconds);
