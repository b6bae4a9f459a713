using System.Text.Json.Nodes;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>
/// The JSON request object of POST render / validate (documentation only: the body is read by hand so
/// that every problem is reported with its path). Give <see cref="Manifest"/> or <see cref="Show"/>.
/// </summary>
public sealed record RenderRequestBody(
    JsonNode? Manifest,
    JsonObject? Show,
    int? Width,
    int? Height,
    int? Fps,
    string? Topic,
    bool? Narrate,
    string? Subtitles);
