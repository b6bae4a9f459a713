using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Api.Contracts;
using Microsoft.Net.Http.Headers;

namespace AnimPlatform.Web.Api;

/// <summary>
/// Reads the body of POST render / validate. Two shapes:
/// <list type="bullet">
/// <item>application/json: a request object <c>{ "manifest": "&lt;YAML or JSON text&gt;" | {…}, "show": {…},
/// "width", "height", "fps", "topic", "narrate", "subtitles" }</c>, or the show/scene object itself;</item>
/// <item>any other type (text/yaml, text/plain, none, what curl -d sends): the manifest text, with width,
/// height, fps and topic in the query string.</item>
/// </list>
/// Every problem of the request itself is reported with its field's path; the manifest is checked later.
/// </summary>
internal static class RenderRequestReader
{
    /// <summary>A 5 MB manifest escaped inside a JSON string can nearly double; more is refused with 413.</summary>
    public const long MaxBodyBytes = 2L * ManifestLimits.MaxBytes;

    /// <summary>Room for a request's own fields (width, fps, topic, …) around a manifest object wrapped in it.</summary>
    private const long WrapperAllowance = 64 * 1024;

    private static readonly JsonDocumentOptions JsonBody = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = ManifestLimits.MaxNestingDepth + 8,
    };

    public static async Task<BodyRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType);
        if (mediaType?.MediaType.Value?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
            return BodyRead.Fail(ApiProblems.UnsupportedMediaType(contentType));

        var text = await RequestBody.ReadTextAsync(request, MaxBodyBytes, cancellationToken);
        if (text is null) return BodyRead.Fail(ApiProblems.TooLarge(MaxBodyBytes));
        if (string.IsNullOrWhiteSpace(text))
            return BodyRead.Fail(ApiProblems.Invalid("manifest", "the request body is empty: send a manifest"));

        var errors = new List<ApiDiagnostic>();
        var parsed = IsJson(mediaType) ? FromJson(text, request.Query, errors) : FromText(text, request.Query, errors);
        if (errors.Count > 0) return BodyRead.Fail(ApiProblems.Invalid(errors));
        // One manifest cap whatever the shape: text, a JSON object inside the request, or the body itself.
        if (parsed.ManifestText is { } manifest && System.Text.Encoding.UTF8.GetByteCount(manifest) > ManifestLimits.MaxBytes)
            return BodyRead.Fail(ApiProblems.TooLarge(ManifestLimits.MaxBytes));
        // A parsed document is measured by the body it came in (re-serializing it could fail on a lone surrogate,
        // which the Manifest stage reports with its path): exactly when it is the body itself, with room for the
        // request's few other fields when it is wrapped in one.
        if (parsed.Document is not null
            && System.Text.Encoding.UTF8.GetByteCount(text) > ManifestLimits.MaxBytes + (parsed.Document.Parent is null ? 0 : WrapperAllowance))
            return BodyRead.Fail(ApiProblems.TooLarge(ManifestLimits.MaxBytes));
        return BodyRead.Ok(parsed);
    }

    private static bool IsJson(MediaTypeHeaderValue? mediaType) =>
        mediaType?.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static RenderRequest FromText(string text, IQueryCollection query, List<ApiDiagnostic> errors) =>
        WithQueryOptions(new RenderRequest { ManifestText = text }, query, errors);

    /// <summary>A bare document carries no options: they come from the query string.</summary>
    private static RenderRequest WithQueryOptions(RenderRequest request, IQueryCollection query, List<ApiDiagnostic> errors) => request with
    {
        Width = QueryParameters.Int(query, "width", errors),
        Height = QueryParameters.Int(query, "height", errors),
        Fps = QueryParameters.Int(query, "fps", errors),
        Topic = QueryParameters.Text(query, "topic"),
        Narrate = QueryParameters.Text(query, "narrate") is { } n ? n is "true" or "1" : null,
        Subtitles = QueryParameters.Text(query, "subtitles"),
    };

    private static RenderRequest FromJson(string text, IQueryCollection query, List<ApiDiagnostic> errors)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(text, documentOptions: JsonBody); }
        catch (JsonException ex)
        {
            errors.Add(new ApiDiagnostic(ex.Path ?? "", $"malformed JSON: {ex.Message}"));
            return new RenderRequest();
        }
        if (root is not JsonObject body || !(body.ContainsKey("manifest") || body.ContainsKey("show")))
            return WithQueryOptions(new RenderRequest { Document = root }, query, errors); // the show or scene itself

        if (body.ContainsKey("manifest") && body.ContainsKey("show"))
            errors.Add(new ApiDiagnostic("show", "give either manifest or show, not both"));
        var (manifestText, document) = ReadManifest(body, body.ContainsKey("show") ? "show" : "manifest", errors);
        return new RenderRequest
        {
            ManifestText = manifestText,
            Document = document,
            Width = JsonInt(body, "width", errors),
            Height = JsonInt(body, "height", errors),
            Fps = JsonInt(body, "fps", errors),
            Topic = JsonText(body, "topic", errors),
            Narrate = JsonBool(body, "narrate", errors),
            Subtitles = JsonText(body, "subtitles", errors),
        };
    }

    private static (string? Text, JsonNode? Document) ReadManifest(JsonObject body, string field, List<ApiDiagnostic> errors)
    {
        switch (body[field])
        {
            case JsonObject document:
                return (null, document);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return (value.GetValue<string>(), null);
            default:
                errors.Add(new ApiDiagnostic(field, $"{field} must be a show or scene: YAML/JSON text or a JSON object"));
                return (null, null);
        }
    }

    private static bool? JsonBool(JsonObject body, string field, List<ApiDiagnostic> errors)
    {
        var node = body[field];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return v.GetValue<bool>();
        errors.Add(new ApiDiagnostic(field, $"{field} must be true or false"));
        return null;
    }

    private static int? JsonInt(JsonObject body, string field, List<ApiDiagnostic> errors)
    {
        var node = body[field];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d)
            && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
            return (int)d;
        errors.Add(new ApiDiagnostic(field, $"{field} must be a whole number"));
        return null;
    }

    private static string? JsonText(JsonObject body, string field, List<ApiDiagnostic> errors)
    {
        var node = body[field];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        errors.Add(new ApiDiagnostic(field, $"{field} must be text"));
        return null;
    }
}
