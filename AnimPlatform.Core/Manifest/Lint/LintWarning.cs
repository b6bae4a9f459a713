namespace AnimPlatform.Core.Manifest.Lint;

/// <summary>One layout problem: which check, where (a manifest path), when (video seconds) and what.</summary>
public sealed record LintWarning(string Check, string Path, double Second, string Message)
{
    public override string ToString() => $"{Path} at {Second:0.00}s: {Message} [{Check}]";

    public Diagnostic ToDiagnostic() => Diagnostic.Warning(Path, $"at {Second:0.00}s: {Message} [lint: {Check}]");
}
