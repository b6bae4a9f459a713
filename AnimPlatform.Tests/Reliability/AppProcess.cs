using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.Data.Sqlite;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// The app as a real child process (`dotnet AnimPlatform.Web.dll` from the test's build output) on a free
/// 127.0.0.1 port, with its database and output folder in <see cref="DataDir"/>. Can be killed with
/// SIGKILL or stopped with SIGTERM, and started again over the same folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string dataDir, Uri baseAddress)
    {
        _process = process;
        DataDir = dataDir;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string DataDir { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;
    public string DatabasePath => Path.Combine(DataDir, "data", "jobs.db");
    public string OutputDir => Path.Combine(DataDir, "output");

    /// <summary>What the app wrote to stdout and stderr so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<AppProcess> StartAsync(string dataDir, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var app = Launch(dataDir, environment);
        await app.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    /// <summary>Starts the app and waits for it to exit by itself (a start it refuses); returns the exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string dataDir, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        await using var app = Launch(dataDir, environment);
        using var cts = new CancellationTokenSource(timeout);
        try { await app._process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"the app was still running after {timeout.TotalSeconds} s:\n{app.Output}"); }
        app._process.WaitForExit(); // flushes the redirected output
        return (app._process.ExitCode, app.Output);
    }

    private static AppProcess Launch(string dataDir, IReadOnlyDictionary<string, string?>? environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AnimPlatform.Web.dll");
        var port = FreePort();
        var psi = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        psi.ArgumentList.Add(dll);
        psi.Environment.Remove("ASPNETCORE_URLS");
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["HOST"] = "127.0.0.1";
        psi.Environment["PORT"] = port.ToString();
        psi.Environment["DATABASE_PATH"] = Path.Combine(dataDir, "data", "jobs.db");
        psi.Environment["OUTPUT_DIR"] = Path.Combine(dataDir, "output");
        psi.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var key in new[] { "ACCESS_TOKEN", "RATE_LIMIT_RENDERS_PER_MINUTE", "RATE_LIMIT_GENERATIONS_PER_MINUTE", "SHUTDOWN_GRACE_SECONDS", "MAX_CONCURRENT_RENDERS" })
            psi.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) psi.Environment.Remove(key);
            else psi.Environment[key] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the app");
        var app = new AppProcess(process, dataDir, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the app exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/live");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the app did not answer /health/live within {timeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>SIGKILL: the process dies at once, without any clean-up (its ffmpeg child is left to notice).</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, then waits for the exit; returns how long it took and the exit code.</summary>
    public async Task<(TimeSpan Elapsed, int ExitCode)> TerminateAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, SendSignal(_process.Id, 15));
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the app did not exit within {timeout.TotalSeconds} s of SIGTERM:\n{Output}");
        }
        return (watch.Elapsed, _process.ExitCode);
    }

    public async Task<Guid> SubmitAsync(string manifestYaml, string query = "")
    {
        using var response = await Http.PostAsync($"/api/v1/render{query}", new StringContent(manifestYaml, Encoding.UTF8, "text/yaml"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"submit answered {(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> StatusAsync(Guid id) =>
        (await Http.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}/status"))!;

    /// <summary>Polls the job until <paramref name="until"/> holds; fails with the last status and the app's log.</summary>
    public async Task<JsonElement> WaitForAsync(Guid id, Func<JsonElement, bool> until, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        JsonElement status = default;
        while (watch.Elapsed < timeout)
        {
            status = await StatusAsync(id);
            if (until(status)) return status;
            await Task.Delay(50);
        }
        throw new TimeoutException($"job {id} is still {status} after {timeout.TotalSeconds} s\n{Output}");
    }

    public Task<JsonElement> WaitUntilFinishedAsync(Guid id, TimeSpan timeout) =>
        WaitForAsync(id, s => s.GetProperty("status").GetString() is "done" or "error" or "cancelled", timeout);

    /// <summary>The status of a job read from the database file directly (works while the app is down).</summary>
    public static string? StatusInDatabase(string databasePath, Guid id)
    {
        using var connection = new SqliteConnection(JobDatabase.ConnectionString(databasePath));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM jobs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        var status = command.ExecuteScalar() as string;
        connection.Close();
        SqliteConnection.ClearPool(connection);
        return status;
    }

    /// <summary>Temp files of renders left in the output folder (".&lt;id&gt;.&lt;random&gt;.tmp.*").</summary>
    public string[] TempFiles() => Directory.Exists(OutputDir)
        ? Directory.GetFiles(OutputDir).Select(Path.GetFileName).Where(n => n!.StartsWith('.') && n.Contains(".tmp.")).ToArray()!
        : [];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet"))) return Path.Combine(root, "dotnet");
        return "/usr/bin/dotnet";
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
