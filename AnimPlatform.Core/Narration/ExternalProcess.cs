using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Runs a tool (espeak-ng, ffmpeg) with an argument list — never through a shell — with optional stdin text,
/// a timeout, cancellation that kills the process tree, and the tail of stderr for error messages.
/// </summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string StandardError);

    /// <exception cref="Win32Exception">The executable does not exist.</exception>
    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string? standardInput,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = standardInput is null ? null : new UTF8Encoding(false),
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var process = new Process { StartInfo = psi };
        process.Start();
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), timeoutSource.Token).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            cancellationToken.ThrowIfCancellationRequested();
            if (ex is OperationCanceledException)
                throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout.TotalSeconds:0} s");
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        await stdout.ConfigureAwait(false);
        var err = await stderr.ConfigureAwait(false);
        return new Result(process.ExitCode, Tail(err));
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(8));
    }
}
