using System.Collections.Concurrent;
using AnimPlatform.Core.Processes;

namespace AnimPlatform.Web.Components.Settings;

/// <summary>
/// Finds which external tools the renders will use: runs e.g. <c>ffmpeg -version</c> once per tool (through
/// <see cref="ToolRunner"/>, with the probe time limit) and keeps the first line, e.g. "ffmpeg version 5.1.6-0+deb12u1". Null when it could not be run.
/// </summary>
public sealed class ToolVersions
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _versions = new();

    /// <summary>The ffmpeg the renders run (<see cref="ToolPaths.Ffmpeg"/>).</summary>
    public Task<string?> FfmpegAsync() => VersionAsync(ToolPaths.Ffmpeg, "-hide_banner", "-version");

    public Task<string?> EspeakAsync(string executable = "espeak-ng") => VersionAsync(executable, "--version");

    public Task<string?> VersionAsync(string executable, params string[] arguments) =>
        _versions.GetOrAdd($"{executable} {string.Join(' ', arguments)}", _ => new Lazy<Task<string?>>(() => ReadAsync(executable, arguments))).Value;

    private static async Task<string?> ReadAsync(string executable, string[] arguments)
    {
        try
        {
            var result = await ToolRunner.Shared.RunAsync(executable, arguments, ToolRunKind.Probe, CancellationToken.None);
            return result.Succeeded ? FirstLine(result.StandardOutput) : null;
        }
        catch (Exception ex) when (ex is ToolMissingException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The first line without its copyright or data-path tail.</summary>
    public static string? FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        foreach (var tail in new[] { " Copyright", "  Data at", " Data at:" })
        {
            var cut = line.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0) line = line[..cut].Trim();
        }
        return line.Length > 0 ? line : null;
    }
}
