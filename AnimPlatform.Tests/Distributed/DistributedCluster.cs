using System.Net.Http.Headers;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.E2E;
using Npgsql;

namespace AnimPlatform.Tests.Distributed;

/// <summary>
/// Distributed mode on one machine, started once for the test class: a real PostgreSQL cluster, one web process
/// (JOB_STORE=postgres, behind an access token) and two worker processes sharing one output folder, exactly as
/// three machines would run it. Also renders the test show once on this machine (single pass) as the reference.
/// </summary>
public sealed class DistributedCluster : IAsyncLifetime
{
    public const string Token = "distributed-test-token-0123456789";
    public const string Query = "?width=256&height=144&fps=30";

    /// <summary>A three-minute show in which every frame differs (two 90 s fades).</summary>
    public const string ThreeMinuteShow = """
        meta:
          title: Three minutes across workers
          canvas: { width: 640, height: 360, background: "#102030" }
        objects:
          - id: g
            type: graph
            nodes:
              - { id: A, x: 100, y: 180 }
              - { id: B, x: 540, y: 180 }
              - { id: C, x: 320, y: 60 }
            edges:
              - { from: A, to: B }
              - { from: B, to: C }
        timeline:
          - action: fade-in
            target: g
            duration: 90s
          - action: fade-out
            target: g
            duration: 90s
        """;

    private readonly Support.TempDir _dir = new();
    private PostgresServer? _postgres;
    private readonly Lazy<Task<List<string>>> _reference;

    public DistributedCluster() => _reference = new(RenderReferenceAsync);

    public PostgresServer Postgres => _postgres!;
    public string OutputDir => Path.Combine(_dir.Path, "shared-output");
    public string DatabaseConnectionString => Postgres.ConnectionString("anim");
    public AppProcess Web { get; private set; } = null!;
    public JobsApiClient Api { get; private set; } = null!;
    public WorkerProcess[] Workers { get; } = new WorkerProcess[2];
    public Dictionary<string, string> Environment { get; } = new();

    /// <summary>Every process's ffmpeg: the real one until a test sets a fault mode.</summary>
    public Support.FakeFfmpeg Ffmpeg { get; private set; } = null!;

    /// <summary>Frame hashes of the show rendered by one process in one pass, with the job's settings.</summary>
    public Task<List<string>> ReferenceFramesAsync() => _reference.Value;

    public async Task InitializeAsync()
    {
        if (PostgresServer.BinDir is null) return; // every test is skipped with the reason
        _postgres = await PostgresServer.StartAsync();
        await Postgres.CreateDatabaseAsync("anim");
        Directory.CreateDirectory(OutputDir);
        Ffmpeg = Support.FakeFfmpeg.Install(Path.Combine(_dir.Path, "bin"));
        Environment["PATH"] = $"{Ffmpeg.BinDir}:{System.Environment.GetEnvironmentVariable("PATH")}";
        Environment["JOB_STORE"] = "postgres";
        Environment["DATABASE_URL"] = Postgres.Url("anim");
        Environment["OUTPUT_DIR"] = OutputDir;
        Environment["MAX_CONCURRENT_RENDERS"] = "1";
        Environment["WORKER_TIMEOUT_SECONDS"] = "15";
        Environment["CHUNK_MIN_SECONDS"] = "10";
        Environment["RENDER_CRF"] = "0"; // lossless, so the comparison with a single pass is exact
        Environment["MAX_QUEUED_MINUTES_PER_CLIENT"] = "0";
        Environment["Logging__LogLevel__Default"] = "Information";
        Environment["Logging__LogLevel__Microsoft"] = "Warning";
        Environment["Logging__LogLevel__Hangfire"] = "Warning";
        await StartWebAsync();
        for (var i = 0; i < Workers.Length; i++) Workers[i] = WorkerProcess.Start(_dir.Path, Environment);
        await WaitForWorkersAsync();
    }

    public async Task StartWebAsync()
    {
        Web = await AppProcess.StartAsync(_dir.Path, TimeSpan.FromSeconds(90), new Dictionary<string, string>(Environment) { ["ACCESS_TOKEN"] = Token });
        var http = new HttpClient { BaseAddress = new Uri(Web.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Api = new JobsApiClient(http);
    }

    /// <summary>Replaces killed workers and waits until every worker has registered with Hangfire.</summary>
    public async Task EnsureWorkersAsync()
    {
        for (var i = 0; i < Workers.Length; i++)
        {
            if (!Workers[i].HasExited) continue;
            await Workers[i].DisposeAsync();
            Workers[i] = WorkerProcess.Start(_dir.Path, Environment);
        }
        await WaitForWorkersAsync();
    }

    private async Task WaitForWorkersAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var servers = await ScalarListAsync<string>("SELECT id FROM hangfire.server WHERE lastheartbeat > now() - interval '1 minute'");
            if (Workers.All(w => servers.Any(s => s.Contains($":{w.Pid}:", StringComparison.Ordinal)))) return;
            if (Workers.FirstOrDefault(w => w.HasExited) is { } dead) throw new InvalidOperationException($"a worker exited:\n{dead.Tail}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the workers did not register with Hangfire:\n{string.Join("\n---\n", Workers.Select(w => w.Tail))}");
            await Task.Delay(250);
        }
    }

    /// <summary>The name a worker process puts on the chunks it renders ("worker:&lt;machine&gt;:&lt;pid&gt;:…").</summary>
    public static bool IsWorkerName(string? name, WorkerProcess worker) => name is not null && name.Contains($":{worker.Pid}:", StringComparison.Ordinal);

    public async Task<List<T>> ScalarListAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.GetFieldValue<T>(0));
        return list;
    }

    public async Task<List<ChunkRow>> ChunksAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT chunk_index, first_frame, end_frame, frames_done, done, worker, attempts, seconds FROM job_chunks WHERE job_id = @id ORDER BY chunk_index", connection);
        command.Parameters.AddWithValue("id", id);
        var rows = new List<ChunkRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new ChunkRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetBoolean(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6), reader.GetDouble(7)));
        return rows;
    }

    /// <summary>Hangfire jobs not finished yet (enqueued, processing, scheduled for a retry).</summary>
    public async Task<long> PendingHangfireJobsAsync() =>
        (await ScalarListAsync<long>("SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled', 'Awaiting')"))[0];

    /// <summary>
    /// Waits until the workers' logs, taken together, satisfy <paramref name="condition"/>. A line reaches the
    /// test through the worker's console pipe, which can trail the database change the test saw first.
    /// </summary>
    public Task WaitUntilLoggedAsync(Func<IReadOnlyList<string>, bool> condition, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition(Workers.SelectMany(w => w.Lines).ToArray())), TimeSpan.FromSeconds(20), what);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with the worker logs after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{what} did not happen within {timeout}:\n{string.Join("\n---\n", Workers.Select(w => w.Tail))}\n--- web:\n{Web.OutputTail}");
            await Task.Delay(100);
        }
    }

    /// <summary>Every file or folder of the shared output folder that belongs to the job (hidden temp and chunk files included).</summary>
    public IReadOnlyList<string> FilesOf(Guid id) =>
        Directory.EnumerateFileSystemEntries(OutputDir, "*", SearchOption.AllDirectories).Where(p => p.Contains(id.ToString("D"), StringComparison.Ordinal)).ToList();

    private async Task<List<string>> RenderReferenceAsync()
    {
        var document = ManifestPipeline.LoadText(ThreeMinuteShow);
        var show = ShowCompiler.Compile(document.Show);
        var path = Path.Combine(_dir.Path, "single-machine.mp4");
        // The job's settings: 256x144, 30 fps, the server's preset (veryfast), RENDER_CRF=0; one process, one pass.
        await VideoEncoder.EncodeAsync(show, path, new VideoOptions { Width = 256, Height = 144, Fps = 30, Preset = "veryfast", Crf = 0, Chunks = 1 });
        return Support.FrameHashes.Of(path);
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in Workers.Where(w => w is not null)) await worker.DisposeAsync();
        if (Web is not null) await Web.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        _dir.Dispose();
    }
}

public sealed record ChunkRow(int Index, int First, int End, int FramesDone, bool Done, string? Worker, int Attempts, double Seconds);
