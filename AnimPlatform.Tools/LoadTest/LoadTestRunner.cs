using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AnimPlatform.Tools.LoadTest;

/// <summary>
/// A bounded load test against a running server on this machine: <see cref="LoadTestOptions.Submissions"/>
/// render submissions fired at once through the API while <see cref="LoadTestOptions.Pollers"/> browser-less
/// clients poll job status and the job list. Afterwards every accepted job is looked up in the list:
/// none may be missing (lost) or appear twice (duplicated). Starts nothing itself; only loopback targets.
/// </summary>
public static class LoadTestRunner
{
    /// <summary>320x180, a one-second fade: renders in a fraction of a second, so renders run while polling.</summary>
    public static string TinyManifest(string title) => $$"""
        meta:
          title: "{{title}}"
          canvas: { width: 320, height: 180, background: "#102030" }
        objects:
          - id: t
            type: text
            content: load
            position: { x: 160, y: 90 }
        timeline:
          - action: fade-in
            target: t
            duration: 0.5s
          - action: pause
            duration: 0.5s
        """;

    public static async Task<LoadTestReport> RunAsync(LoadTestOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        if (!IsLoopback(options.BaseUrl))
            throw new ArgumentException($"the load test only targets this machine (127.0.0.1, localhost, [::1]); got {options.BaseUrl.Host}");
        var runId = Guid.NewGuid().ToString("N")[..8];
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(options.Token)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);

        using (var live = await http.GetAsync("/health/live", cancellationToken))
            if (!live.IsSuccessStatusCode) throw new InvalidOperationException($"{options.BaseUrl} answers /health/live with {(int)live.StatusCode}");

        // Warm-up, not measured: the first requests of a fresh process pay for JIT and EF model building.
        for (var i = 0; i < options.WarmupSubmissions; i++)
        {
            using var warm = await http.PostAsync("/api/v1/render?fps=10",
                new StringContent(TinyManifest($"loadtest-warmup-{runId}-{i}"), Encoding.UTF8, "text/yaml"), cancellationToken);
            if (warm.StatusCode != HttpStatusCode.Accepted) break;
            using var json = JsonDocument.Parse(await warm.Content.ReadAsStringAsync(cancellationToken));
            var id = json.RootElement.GetProperty("id").GetGuid();
            (await http.GetAsync($"/api/v1/jobs/{id}/status", cancellationToken)).Dispose();
            (await http.GetAsync("/api/v1/jobs?limit=20", cancellationToken)).Dispose();
        }

        var counters = new Counters();
        var accepted = new ConcurrentBag<Guid>();
        var statusLatencies = new ConcurrentBag<double>();
        var listLatencies = new ConcurrentBag<double>();
        var submitLatencies = new ConcurrentBag<double>();
        var watch = Stopwatch.StartNew();

        using var stopPolling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pollers = Enumerable.Range(0, options.Pollers)
            .Select(i => Task.Run(() => PollAsync(http, i, options.PollIntervalMs, accepted, counters, statusLatencies, listLatencies, stopPolling.Token), CancellationToken.None))
            .ToList();

        log?.WriteLine($"submitting {options.Submissions} renders at once; {options.Pollers} pollers, one request every ~{options.PollIntervalMs} ms each, for {options.PollDuration.TotalSeconds:0} s …");
        var submissions = Enumerable.Range(0, options.Submissions).Select(i => Task.Run(async () =>
        {
            var body = new StringContent(TinyManifest($"loadtest-{runId}-{i:D4}"), Encoding.UTF8, "text/yaml");
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsync("/api/v1/render?fps=10", body, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                submitLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                counters.Count(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    using var json = JsonDocument.Parse(text);
                    accepted.Add(json.RootElement.GetProperty("id").GetGuid());
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                counters.Failed();
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(submissions);
        var submitSeconds = watch.Elapsed.TotalSeconds;
        log?.WriteLine($"submissions done in {submitSeconds:0.0} s: {accepted.Count} accepted");

        var remaining = options.PollDuration - watch.Elapsed;
        if (remaining > TimeSpan.Zero) await Task.Delay(remaining, cancellationToken);
        await stopPolling.CancelAsync();
        await Task.WhenAll(pollers);

        // Every accepted job must be in the list exactly once, and no submission may have made two jobs.
        var listed = await ListRunAsync(http, runId, cancellationToken);
        var acceptedIds = accepted.ToList();
        var lost = acceptedIds.Distinct().Count(id => !listed.Any(j => j.Id == id));
        var duplicated = (acceptedIds.Count - acceptedIds.Distinct().Count())
            + listed.GroupBy(j => j.Id).Sum(g => g.Count() - 1)
            + listed.GroupBy(j => j.Title).Sum(g => g.Count() - 1);

        var finished = 0;
        if (options.WaitForRenders is { } wait && wait > TimeSpan.Zero)
        {
            log?.WriteLine($"waiting up to {wait.TotalSeconds:0} s for the renders to finish …");
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < wait)
            {
                listed = await ListRunAsync(http, runId, cancellationToken);
                finished = listed.Count(j => j.Status is "done" or "error" or "cancelled");
                if (finished >= acceptedIds.Count) break;
                await Task.Delay(500, cancellationToken);
            }
        }

        return new LoadTestReport(
            options.Submissions,
            acceptedIds.Count,
            lost,
            duplicated,
            counters.ServerErrors,
            counters.RateLimited,
            counters.OtherFailures,
            LatencyStats.From(statusLatencies),
            LatencyStats.From(listLatencies),
            LatencyStats.From(submitLatencies),
            submitSeconds,
            watch.Elapsed.TotalSeconds,
            finished,
            listed.Count(j => j.Status == "done"),
            listed.Count(j => j.Status == "error"));
    }

    private static async Task PollAsync(HttpClient http, int poller, int intervalMs, ConcurrentBag<Guid> accepted, Counters counters,
        ConcurrentBag<double> statusLatencies, ConcurrentBag<double> listLatencies, CancellationToken stop)
    {
        var random = new Random(poller);
        var turn = poller;
        while (!stop.IsCancellationRequested)
        {
            var ids = accepted.ToArray();
            var listTurn = turn++ % 2 == 0 || ids.Length == 0;
            var path = listTurn ? "/api/v1/jobs?limit=20" : $"/api/v1/jobs/{ids[random.Next(ids.Length)]}/status";
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path, stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                (listTurn ? listLatencies : statusLatencies).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                counters.Count(response.StatusCode);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                counters.Failed();
            }
            // Jittered, so the pollers do not march in step.
            try { await Task.Delay(intervalMs <= 0 ? 0 : random.Next(intervalMs / 2, intervalMs * 3 / 2 + 1), stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    private sealed record ListedJob(Guid Id, string Title, string Status);

    /// <summary>Every job of this run (by its title prefix), paging through the whole list.</summary>
    private static async Task<List<ListedJob>> ListRunAsync(HttpClient http, string runId, CancellationToken cancellationToken)
    {
        var jobs = new List<ListedJob>();
        for (var offset = 0; ; offset += 100)
        {
            using var response = await http.GetAsync($"/api/v1/jobs?limit=100&offset={offset}", cancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var page = json.RootElement.GetProperty("jobs");
            foreach (var job in page.EnumerateArray())
            {
                var title = job.GetProperty("title").GetString() ?? "";
                if (title.StartsWith($"loadtest-{runId}-", StringComparison.Ordinal))
                    jobs.Add(new ListedJob(job.GetProperty("id").GetGuid(), title, job.GetProperty("status").GetString() ?? ""));
            }
            if (page.GetArrayLength() < 100) return jobs;
        }
    }

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private sealed class Counters
    {
        private int _serverErrors, _rateLimited, _other;

        public int ServerErrors => _serverErrors;
        public int RateLimited => _rateLimited;
        public int OtherFailures => _other;

        public void Count(HttpStatusCode status)
        {
            var code = (int)status;
            if (code >= 500) Interlocked.Increment(ref _serverErrors);
            else if (code == 429) Interlocked.Increment(ref _rateLimited);
            else if (code >= 400) Interlocked.Increment(ref _other);
        }

        public void Failed() => Interlocked.Increment(ref _other);
    }
}
