using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// The warnings only the renderer can give (spec §13.1 leaves them to it: a node or edge that does not exist, a
/// cell index out of range, a variable the panel does not declare, …), found by compiling a valid document as
/// for rendering without drawing a frame — so <c>validate</c> and POST /api/v1/validate report what a render
/// would. A warning on a timeline entry the validator already warned about is left out (one problem, one line).
/// </summary>
public static class RendererWarnings
{
    public static IReadOnlyList<Diagnostic> Find(PreparedDocument document, CancellationToken cancellationToken = default) =>
        document.IsValid ? Find(document, ShowCompiler.Compile(document.Show, null, cancellationToken)) : [];

    /// <summary>The warnings of <paramref name="compiled"/>, the document's show already compiled for rendering.</summary>
    public static IReadOnlyList<Diagnostic> Find(PreparedDocument document, CompiledShow compiled)
    {
        if (!document.IsValid) return [];
        var warned = document.Warnings.Select(d => d.Path).ToList();
        return compiled.Warnings
            .Where(w => !warned.Any(path => Covers(w.Path, path)))
            .Distinct()
            .ToList();
    }

    /// <summary>The validator's warning at <paramref name="validatorPath"/> is about the entry at <paramref name="entryPath"/> (or one of its fields).</summary>
    private static bool Covers(string entryPath, string validatorPath) =>
        validatorPath == entryPath
        || (validatorPath.StartsWith(entryPath, StringComparison.Ordinal) && validatorPath.Length > entryPath.Length
            && validatorPath[entryPath.Length] is '.' or '[');
}
