using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// The app as a user runs it: <c>dotnet AnimPlatform.Web.dll</c> from the build output, in Production, on
/// 127.0.0.1 and a free port, with its database and videos in a folder of the test. Killed on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    /// <summary>The last lines the app printed (for failure messages).</summary>
    public string OutputTail => string.Join('\n', _output.TakeLast(40));

    public static async Task<AppProcess> StartAsync(string dataDir, TimeSpan startTimeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = FindWebDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = port.ToString();
        start.Environment["DATABASE_PATH"] = Path.Combine(dataDir, "data", "e2e.db");
        start.Environment["OUTPUT_DIR"] = Path.Combine(dataDir, "output");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var key in new[] { "GEMINI_API_KEY", "AI_ENDPOINT", "AI_API_KEY", "OLLAMA_URL", "ACCESS_TOKEN" }) start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var app = new AppProcess(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the app exited with code {process.ExitCode}:\n{app.OutputTail}");
            try
            {
                if ((await http.GetAsync(app.BaseUrl + "/health/live")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(200);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"the app did not answer /health/live within {startTimeout}:\n{app.OutputTail}");
    }

    /// <summary>AnimPlatform.Web.dll of the same configuration as the tests (the web project's own output first).</summary>
    internal static string FindWebDll()
    {
        // Another build of the app (e.g. an older commit, to compare figures) when the variable names one.
        if (Environment.GetEnvironmentVariable("ANIMPLATFORM_WEB_DLL") is { Length: > 0 } other) return other;
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        // …/AnimPlatform.Tests/bin/<Configuration>/<tfm>/
        var tfm = testBin.Name;
        var configuration = testBin.Parent?.Name ?? "Release";
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "AnimPlatform.Web", "bin", configuration, tfm, "AnimPlatform.Web.dll");
            if (File.Exists(candidate)) return candidate;
        }
        var beside = Path.Combine(testBin.FullName, "AnimPlatform.Web.dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("AnimPlatform.Web.dll not found near " + testBin.FullName);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
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
