namespace AnimPlatform.Core.Processes;

/// <summary>The executable could not be started (not installed, not on PATH, not executable).</summary>
public sealed class ToolMissingException(string executable, Exception inner)
    : Exception($"cannot start {executable}: {inner.Message}", inner)
{
    public string Executable { get; } = executable;
}
