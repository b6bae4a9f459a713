namespace AnimPlatform.Core.Processes;

/// <summary>How a tool run ended: its exit code and what it printed.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last lines of stderr joined with " | ", for error messages ("(no output)" when empty).</summary>
    public string ErrorTail
    {
        get
        {
            var lines = StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(8));
        }
    }
}
