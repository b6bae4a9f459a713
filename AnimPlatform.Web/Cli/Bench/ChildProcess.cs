using System.Diagnostics;

namespace AnimPlatform.Web.Cli.Bench;

/// <summary>Runs this executable's own CLI in a child process and records its wall time and peak memory.</summary>
public static class ChildProcess
{
    public sealed record Measurement(double Seconds, long PeakRssBytes, int ExitCode, string Output);

    public static async Task<Measurement> RunSelfAsync(IEnumerable<string> args, CancellationToken token = default)
    {
        var (file, prefix) = SelfCommand();
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in prefix.Concat(args)) psi.ArgumentList.Add(a);
        return await RunAsync(psi, token);
    }

    public static async Task<Measurement> RunAsync(ProcessStartInfo psi, CancellationToken token = default)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {psi.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = process.StandardError.ReadToEndAsync(token);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            await Task.Delay(25, token);
        }
        await process.WaitForExitAsync(token);
        return new Measurement(watch.Elapsed.TotalSeconds, peak, process.ExitCode, await stdout + await stderr);
    }

    /// <summary>VmHWM: the process's own resident high-water mark (Linux), 0 if unavailable.</summary>
    public static long PeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    /// <summary>How to start this same program: the apphost, or `dotnet &lt;dll&gt;`.</summary>
    internal static (string File, string[] Prefix) SelfCommand()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(ChildProcess).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? (host, [dll]) : (host, []);
    }
}
