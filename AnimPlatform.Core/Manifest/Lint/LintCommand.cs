namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>
/// The <c>lint &lt;file&gt;</c> verb, whole: load, validate, run the layout checks, print each warning with
/// its path and second. Exit 0 clean, 1 warnings (or an invalid manifest), 2 unreadable. The CLI parser
/// only calls <see cref="Run"/>.
/// </summary>
public static class LintCommand
{
    public static int Run(string path, TextWriter output, LintOptions? options = null)
    {
        if (!File.Exists(path))
        {
            output.WriteLine($"error: file not found: {path}");
            return 2;
        }
        var doc = ManifestPipeline.LoadFile(path);
        if (doc.Diagnostics.Any(d => d.IsError && d.Path == ""))
        {
            foreach (var d in doc.Errors) output.WriteLine(d);
            return 2;
        }
        if (!doc.IsValid)
        {
            foreach (var d in doc.Errors) output.WriteLine(d);
            output.WriteLine($"invalid: {doc.Errors.Count()} error(s); fix them (see validate) before the layout checks");
            return 1;
        }
        var warnings = LayoutLint.Run(doc, options: options);
        foreach (var w in warnings) output.WriteLine($"warning: {w}");
        output.WriteLine(warnings.Count == 0 ? "lint: clean" : $"lint: {warnings.Count} warning(s)");
        return warnings.Count == 0 ? 0 : 1;
    }
}
