using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>
/// The warnings POST /api/v1/validate adds to the validator's for a valid document: the renderer's own
/// (<see cref="RendererWarnings"/>) then the layout checks' (<see cref="LayoutLint"/>), both from one compile of the show.
/// </summary>
public static class ValidationWarnings
{
    /// <param name="lintBudget">Time the layout checks may take (see <see cref="LayoutLint"/>); null = no limit.</param>
    /// <param name="compile">How the show is compiled (tests count the calls); null = <see cref="ShowCompiler"/> as for rendering.</param>
    public static IReadOnlyList<Diagnostic> Find(PreparedDocument document, TimeSpan? lintBudget, CancellationToken cancellationToken = default,
        Func<ShowDocument, CancellationToken, CompiledShow>? compile = null)
    {
        if (!document.IsValid) return [];
        var compiled = (compile ?? CompileForRendering)(document.Show, cancellationToken);
        return
        [
            .. RendererWarnings.Find(document, compiled),
            .. LayoutLint.Run(document, compiled, lintBudget, cancellationToken).Select(w => w.ToDiagnostic()),
        ];
    }

    private static CompiledShow CompileForRendering(ShowDocument show, CancellationToken cancellationToken) =>
        ShowCompiler.Compile(show, null, cancellationToken);
}
