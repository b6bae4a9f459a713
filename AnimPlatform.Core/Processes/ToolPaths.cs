using FFMpegCore;

namespace AnimPlatform.Core.Processes;

/// <summary>
/// The one owner of where each external binary is: ffmpeg and ffprobe where FFMpegCore starts them (its
/// configured <see cref="GlobalFFOptions.BinaryFolder"/>, else PATH), so the health check, the encoder probe and
/// the speech decoder all run the ffmpeg the renders run. espeak-ng's path is a narration setting.
/// </summary>
public static class ToolPaths
{
    public static string Ffmpeg => Binary("ffmpeg");
    public static string Ffprobe => Binary("ffprobe");

    private static string Binary(string name) =>
        GlobalFFOptions.Current.BinaryFolder is { Length: > 0 } folder ? Path.Combine(folder, name) : name;

    /// <summary>The full path <paramref name="executable"/> would start (a bare name is searched on PATH), or null when there is none.</summary>
    public static string? Locate(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar)) return IsExecutable(executable) ? Path.GetFullPath(executable) : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, executable);
            if (IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            if (OperatingSystem.IsWindows()) return true;
            return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
