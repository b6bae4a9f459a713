using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Web.Api.Contracts;

/// <summary>One problem in a request, located by its path (a manifest path such as <c>timeline[2].target</c>, or a request field).</summary>
public sealed record ApiDiagnostic(string Path, string Message)
{
    public static ApiDiagnostic From(Diagnostic diagnostic) => new(diagnostic.Path, diagnostic.Message);

    public static ApiDiagnostic From(JobWarning warning) => new(warning.Path, warning.Message);

    public static IReadOnlyList<ApiDiagnostic> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(From).ToList();

    public static IReadOnlyList<ApiDiagnostic> Warnings(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !d.IsError).Select(From).ToList();
}
