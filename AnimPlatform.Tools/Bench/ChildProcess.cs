using AnimPlatform.Core.Processes;

namespace AnimPlatform.Tools.Bench;

/// <summary>Runs a tool (this executable's own CLI, or ffmpeg) through <see cref="ToolRunner"/> and records its wall time and peak memory.</summary>
public static class ChildProcess
{
    /// <summary>Wall time, peak RSS, and CPU seconds (user + system) of the child and every descendant it waited for (ffmpeg under a render).</summary>
    public sealed record Measurement(double Seconds, long PeakRssBytes, int ExitCode, string Output, double CpuSeconds = 0);

    public static Task<Measurement> RunSelfAsync(IEnumerable<string> args, CancellationToken token = default)
    {
        var (file, prefix) = SelfCommand();
        return RunAsync(file, prefix.Concat(args), token);
    }

    public static async Task<Measurement> RunAsync(string executable, IEnumerable<string> args, CancellationToken token = default)
    {
        long peak = 0;
        var cpuBefore = ChildCpu.ReapedSeconds();
        using var stop = new CancellationTokenSource();
        var sampling = Task.CompletedTask;
        var result = await ToolRunner.Shared.RunAsync(executable, args, ToolRunKind.Measurement, token,
            started: pid => sampling = SampleAsync(pid, stop.Token));
        await stop.CancelAsync();
        await sampling;
        // Children run one at a time here, so what the reaped-children total grew by is this child's tree.
        var cpu = ChildCpu.ReapedSeconds() - cpuBefore;
        return new Measurement(result.Elapsed.TotalSeconds, peak, result.ExitCode, result.StandardOutput + result.StandardError, cpu);

        // VmHWM is the process's own high-water mark: the last reading before it exits is the peak.
        async Task SampleAsync(int pid, CancellationToken stopToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(25));
            do peak = Math.Max(peak, PeakRss(pid));
            while (await NextAsync(timer, stopToken));
        }
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken token)
    {
        try { return await timer.WaitForNextTickAsync(token); }
        catch (OperationCanceledException) { return false; }
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

    /// <summary>How to start this same program: the apphost, or `dotnet &lt;entry dll&gt;`.</summary>
    public static (string File, string[] Prefix) SelfCommand()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var dll = System.Reflection.Assembly.GetEntryAssembly()?.Location ?? typeof(ChildProcess).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? (host, [dll]) : (host, []);
    }
}
