using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Manifest;

/// <summary>The result of parse → inherit → resolve → validate → build: the show (even when invalid) and every diagnostic.</summary>
public sealed record PreparedDocument(ShowDocument Show, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
