using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>
/// The API's error answers, all RFC 9457 ProblemDetails. Validation problems list every error with its
/// path in <c>errors</c> (and the warnings in <c>warnings</c>).
/// </summary>
internal static class ApiProblems
{
    public static IResult Invalid(IReadOnlyList<Diagnostic> diagnostics, string title = "The manifest is invalid")
    {
        var errors = ApiDiagnostic.Errors(diagnostics);
        return Invalid(errors, ApiDiagnostic.Warnings(diagnostics), title);
    }

    public static IResult Invalid(IReadOnlyList<ApiDiagnostic> errors, IReadOnlyList<ApiDiagnostic>? warnings = null,
        string title = "The request is invalid") =>
        Results.Problem(
            title: title,
            detail: errors.Count == 1 ? Describe(errors[0]) : $"{errors.Count} errors; see errors for each one and its path",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors,
                ["warnings"] = warnings ?? [],
            });

    public static IResult Invalid(string path, string message) => Invalid([new ApiDiagnostic(path, message)]);

    /// <summary>A submission that was not queued: 400 for an invalid manifest, else the status of the refusal.</summary>
    public static IResult Refused(SubmitResult result) => result.Refusal switch
    {
        SubmitRefusal.StorageFull => Results.Problem(title: "Insufficient storage",
            detail: result.Diagnostics[0].Message, statusCode: StatusCodes.Status507InsufficientStorage),
        SubmitRefusal.TooExpensive => Results.Problem(title: "Render too expensive",
            detail: result.Diagnostics[0].Message, statusCode: StatusCodes.Status422UnprocessableEntity),
        SubmitRefusal.ClientBudget => Results.Problem(title: "Render budget used up",
            detail: result.Diagnostics[0].Message, statusCode: StatusCodes.Status429TooManyRequests),
        _ => Invalid(result.Diagnostics),
    };

    public static IResult JobNotFound(string id) => Results.Problem(
        title: "Job not found", detail: $"there is no job with id \"{id}\"", statusCode: StatusCodes.Status404NotFound);

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult TooLarge(long maxBytes) => Results.Problem(
        title: "Request body too large",
        detail: $"the request body must be at most {maxBytes / (1024 * 1024)} MB",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult UnsupportedMediaType(string contentType) => Results.Problem(
        title: "Unsupported media type",
        detail: $"send the manifest as YAML or JSON text, or a JSON request object (application/json); got {contentType}",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    private static string Describe(ApiDiagnostic d) => string.IsNullOrEmpty(d.Path) ? d.Message : $"{d.Path}: {d.Message}";
}
