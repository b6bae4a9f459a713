using System.Collections.Concurrent;
using System.Diagnostics;

namespace AnimPlatform.Web.Components.Settings;

/// <summary>
/// Finds which external tools the renders will use: runs e.g. <c>ffmpeg -version</c> once per tool (with a
/// time limit) and keeps the first line, e.g. "ffmpeg version 5.1.6-0+deb12u1". Null when it could not be run.
/// </summary>
public sealed class ToolVersions
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _versions = new();

    public Task<string?> FfmpegAsync() => VersionAsync("ffmpeg", "-hide_banner -version");

    public Task<string?> EspeakAsync(string executable = "espeak-ng") => VersionAsync(executable, "--version");

    public Task<string?> VersionAsync(string executable, string arguments) =>
        _versions.GetOrAdd($"{executable} {arguments}", _ => new Lazy<Task<string?>>(() => Task.Run(() => ReadAsync(executable, arguments)))).Value;

    private static async Task<string?> ReadAsync(string executable, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(executable, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null) return null;
            using var timeout = new CancellationTokenSource(Limit);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return process.ExitCode == 0 ? FirstLine(await output) : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
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
