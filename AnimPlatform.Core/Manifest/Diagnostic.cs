namespace AnimPlatform.Core.Manifest;

public enum Severity { Warning, Error }

/// <summary>One problem found in a manifest, located by a path such as <c>scenes[1].manifest.timeline[4].node</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Path, string Message)
{
    public static Diagnostic Error(string path, string message) => new(Severity.Error, path, message);
    public static Diagnostic Warning(string path, string message) => new(Severity.Warning, path, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{(IsError ? "error" : "warning")}: {(string.IsNullOrEmpty(Path) ? "(document)" : Path)}: {Message}";
}
