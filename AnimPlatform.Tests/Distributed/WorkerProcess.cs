using System.Collections.Concurrent;
using System.Diagnostics;
using AnimPlatform.Tests.E2E;

namespace AnimPlatform.Tests.Distributed;

/// <summary>
/// <c>dotnet AnimPlatform.Web.dll worker</c> as an operator starts it on a render machine, with the given
/// environment; every line it prints is kept (the chunk log). <see cref="Kill"/> is SIGKILL: no clean-up runs.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string Tail => string.Join('\n', _lines.TakeLast(60));

    public static WorkerProcess Start(string workDir, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppProcess.FindWebDll());
        start.ArgumentList.Add("worker");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var key in new[] { "GEMINI_API_KEY", "AI_ENDPOINT", "AI_API_KEY", "OLLAMA_URL", "ACCESS_TOKEN" }) start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>SIGKILL, as a machine that loses power: the worker gets no chance to hand its chunk back.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException) { }
        _process.Dispose();
    }
}
