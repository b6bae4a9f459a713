using System.Diagnostics;
using System.Globalization;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Distributed;
using AnimPlatform.Web.Cli.Bench;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;

namespace AnimPlatform.Web.Distributed;

/// <summary>
/// <c>bench &lt;show&gt; --workers 1,2</c>: the distributed render of one show with 1, 2, … worker processes on this
/// machine, against the PostgreSQL of DATABASE_URL — wall time from submission to done, per-chunk cost, join
/// cost — and a projection for N machines from those figures. This process is the web node (in-process, no
/// HTTP); the workers are `worker` processes of this executable sharing a temp output folder.
/// </summary>
public static class DistributedBench
{
    public static async Task<int> RunAsync(string file, string workers, int width, int height, TextWriter output, CancellationToken token)
    {
        var databaseUrl = System.Environment.GetEnvironmentVariable("DATABASE_URL");
        if (string.IsNullOrWhiteSpace(databaseUrl))
            throw new Cli.CliUsageException("bench --workers needs DATABASE_URL (a PostgreSQL it may create tables in), e.g. postgres://postgres@127.0.0.1:5432/anim_bench");
        var counts = workers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 16 ? n
                : throw new Cli.CliUsageException($"--workers takes counts from 1 to 16 (e.g. 1,2); got '{w}'")).ToList();
        var doc = Core.Manifest.ManifestPipeline.LoadFile(file);
        if (!doc.IsValid) throw new Cli.CliUsageException($"{file} is not valid: {doc.Errors.First()}");
        var manifest = await File.ReadAllTextAsync(file, token);
        output.WriteLine($"distributed bench: {Path.GetFileName(file)} at {width}x{height}, {System.Environment.ProcessorCount} cores, workers {string.Join(", ", counts)}");
        var results = new List<Result>();
        foreach (var n in counts) results.Add(await RunOnceAsync(manifest, n, width, height, databaseUrl, output, token));

        var baseline = results[0];
        foreach (var r in results.Skip(1))
            output.WriteLine($"  {r.Workers} workers vs {baseline.Workers}: {baseline.Wall / r.Wall:0.00}x (same cores here, so ~1x is expected)");
        // Projection: the frame work (sum of chunk seconds, measured with one worker per core's share) spread over N
        // machines of this speed, plus the plan and the join, which do not split.
        var single = results.OrderBy(r => r.Workers).First();
        var work = single.ChunkSeconds.Sum();
        output.WriteLine("  projection (machines like this one, one worker each; plan + frames / N + join):");
        foreach (var machines in new[] { 1, 2, 3, 4, 8 })
            output.WriteLine($"    {machines} machine(s): ~{single.Plan + work / machines + single.Join:0.0} s");
        return 0;
    }

    private sealed record Result(int Workers, double Wall, double Plan, double Join, IReadOnlyList<double> ChunkSeconds);

    private static async Task<Result> RunOnceAsync(string manifest, int workers, int width, int height, string databaseUrl, TextWriter output, CancellationToken token)
    {
        var outputDir = Directory.CreateTempSubdirectory("animplatform-bench-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["JOB_STORE"] = "postgres", ["DATABASE_URL"] = databaseUrl, ["OUTPUT_DIR"] = outputDir, ["MAX_CONCURRENT_RENDERS"] = "1",
            ["MAX_QUEUED_MINUTES_PER_CLIENT"] = "0", ["Logging__LogLevel__Default"] = "Warning",
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(environment
            .Where(kv => AnimPlatformOptionsSetup.EnvironmentVariables.ContainsKey(kv.Key))
            .Select(kv => KeyValuePair.Create($"{AnimPlatformOptions.SectionName}:{AnimPlatformOptionsSetup.EnvironmentVariables[kv.Key]}", (string?)kv.Value)));
        builder.Services.AddAnimPlatformOptions();
        builder.Services.AddJobs();
        builder.Services.AddDistributedJobs(builder.Configuration, NodeRole.Web);
        using var host = builder.Build();
        await host.StartAsync(token); // migrates and installs the Hangfire schema before any worker starts
        var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(environment)).ToList();
        try
        {
            var cluster = host.Services.GetRequiredService<IClusterStatus>();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!processes.All(p => (cluster.ReadAsync(token).Result.Workers).Any(w => w.Name.Contains($":{p.Id}:", StringComparison.Ordinal))))
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("the workers did not register");
                await Task.Delay(200, token);
            }

            var jobs = host.Services.GetRequiredService<JobService>();
            var store = host.Services.GetRequiredService<IJobStore>();
            // Warm-up: one short job per worker, so start-up costs (JIT, first connections) are not counted.
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RenderAsync(jobs, store, WarmUp, width, height, token)));
            var watch = Stopwatch.StartNew();
            var (id, job) = await RenderAsync(jobs, store, manifest, width, height, token);
            var wall = watch.Elapsed.TotalSeconds;
            var chunks = await host.Services.GetRequiredService<JobChunkStore>().ListAsync(id, token);
            var chunkEnd = chunks.Max(c => c.UpdatedAt);
            var join = (job.CompletedAt!.Value - chunkEnd).TotalSeconds;
            var firstChunkStart = chunks.Min(c => c.UpdatedAt.AddSeconds(-c.Seconds));
            var plan = Math.Max(0, (firstChunkStart - job.CreatedAt).TotalSeconds);
            var seconds = chunks.Select(c => c.Seconds).ToList();
            output.WriteLine($"  {workers} worker process(es): {wall:0.0} s wall; {chunks.Count} chunks of {chunks.Average(c => c.FrameCount):0} frames, "
                + $"{seconds.Average():0.0} s each (min {seconds.Min():0.0}, max {seconds.Max():0.0}, {seconds.Average() / chunks.Average(c => c.FrameCount) * 1000:0.00} ms/frame); "
                + $"join {join:0.00} s; per worker: {string.Join(", ", chunks.GroupBy(c => c.Worker).Select(g => $"{g.Count()} chunk(s)"))}");
            output.WriteLine($"    plan (claim, compile, split, enqueue) {plan:0.00} s");
            return new Result(workers, wall, plan, join, seconds);
        }
        finally
        {
            foreach (var p in processes) { try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } p.Dispose(); }
            await host.StopAsync(CancellationToken.None);
            try { Directory.Delete(outputDir, recursive: true); } catch (IOException) { }
        }
    }

    private const string WarmUp = """
        meta: { title: warm-up, canvas: { width: 320, height: 180, background: "#000000" } }
        objects: [ { id: t, type: text, content: warm, position: { x: 160, y: 90 } } ]
        timeline: [ { action: fade-in, target: t, duration: 2s } ]
        """;

    private static async Task<(Guid Id, Job Job)> RenderAsync(JobService jobs, IJobStore store, string manifest, int width, int height, CancellationToken token)
    {
        var submitted = await jobs.SubmitAsync(new RenderRequest { ManifestText = manifest, Width = width, Height = height, Fps = 30, ClientKey = "bench" }, token);
        var id = submitted.Job?.Id ?? throw new InvalidOperationException("refused: " + string.Join("; ", submitted.Diagnostics.Select(d => d.Message)));
        Job? job;
        while ((job = await store.GetAsync(id, token)) is { Status: JobStatus.Queued or JobStatus.Rendering }) await Task.Delay(100, token);
        if (job is not { Status: JobStatus.Done }) throw new InvalidOperationException($"the bench job ended {job?.Status}: {job?.Error}");
        return (id, job);
    }

    private static Process StartWorker(IReadOnlyDictionary<string, string> environment)
    {
        var (file, prefix) = ChildProcess.SelfCommand();
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var a in prefix.Append("worker")) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a worker");
    }
}
