namespace AnimPlatform.Web.Api.Contracts;

/// <summary>The answer of POST validate: every error and warning with its path, and what would be rendered.</summary>
public sealed record ValidationReportDto(
    bool Valid,
    IReadOnlyList<ApiDiagnostic> Errors,
    IReadOnlyList<ApiDiagnostic> Warnings,
    string? Title,
    string? Topic,
    int Scenes,
    double? DurationSeconds,
    int? Frames);
