using System.Net;
using System.Text;
using System.Text.Json;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// The machine failing under a running app: a full disk, an output folder that cannot be written, a
/// database locked by another program. The job ends "error" with a message saying what to do, the app
/// keeps answering, and the next job renders once the fault is gone. The disks are real: small tmpfs
/// mounts (root only; elsewhere the disk tests say so and stop).
/// </summary>
[Trait("Category", TestCategory.Reliability)]
[Collection(AppProcessCollection.Name)]
public sealed class StorageFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    private static string Bfs => File.ReadAllText(TestManifests.BfsPath);

    [Fact]
    public async Task A_full_disk_fails_the_job_with_what_to_do_and_jobs_render_again_once_there_is_space()
    {
        using var disk = TmpfsMount.TryMount(Path.Combine(_dir.Path, "small-disk"), sizeKb: 1024);
        if (disk is null)
        {
            output.WriteLine("not run: mounting a tmpfs needs root");
            return;
        }
        // No free-space floor: this is about a disk that fills up under a render (the floor has tests of its own).
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["MinFreeDiskMegabytes"] = "0" }, outputDir: disk.Path);
        var api = new JobsApiClient(app.CreateClient());

        // Full before the render starts: the job fails at once, before any frame is drawn.
        var filler = disk.Fill();
        var before = await FinishAsync(api, TestManifests.Tiny("full"), "?fps=10");
        Assert.Equal("error", before.Status);
        Assert.Contains("is full", before.Error);
        Assert.Contains("OUTPUT_DIR", before.Error);
        using (var ready = await api.Http.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("is full", await ready.Content.ReadAsStringAsync());
        }

        // Full in the middle of encoding: 64 KB left, a video of a few hundred KB.
        File.Delete(filler);
        disk.Fill(leaveBytes: 64 * 1024);
        var during = await FinishAsync(api, Bfs, "?width=640&height=360");
        Assert.Equal("error", during.Status);
        Assert.Contains("is full", during.Error);

        // Space again: the next job renders, nothing half-written is left.
        File.Delete(Path.Combine(disk.Path, "filler.bin"));
        var after = await FinishAsync(api, TestManifests.Tiny("space"), "?fps=10");
        Assert.Equal("done", after.Status);
        Assert.DoesNotContain(Directory.GetFiles(disk.Path), f => Path.GetFileName(f).Contains(".tmp."));
        output.WriteLine($"before: {before.Error}\nduring: {during.Error}");
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_written_fails_the_job_with_what_to_do()
    {
        using var disk = TmpfsMount.TryMount(Path.Combine(_dir.Path, "read-only"), sizeKb: 1024);
        if (disk is null || !disk.RemountReadOnly())
        {
            output.WriteLine("not run: mounting a read-only tmpfs needs root");
            return;
        }
        // No free-space floor: this is about a disk that fills up under a render (the floor has tests of its own).
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["MinFreeDiskMegabytes"] = "0" }, outputDir: disk.Path);
        var api = new JobsApiClient(app.CreateClient());

        var job = await FinishAsync(api, TestManifests.Tiny("read-only"), "?fps=10");
        Assert.Equal("error", job.Status);
        Assert.Contains("is not writable", job.Error);
        Assert.Contains("Read-only file system", job.Error);
        Assert.Contains("OUTPUT_DIR", job.Error);
        using var ready = await api.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var live = await api.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        output.WriteLine(job.Error);
    }

    [Fact]
    public async Task A_database_locked_by_another_program_fails_the_job_with_what_to_do_and_the_app_keeps_answering()
    {
        ReliabilityAppFactory? factory = null;
        try
        {
            await DatabaseLockedAsync(f => factory = f);
        }
        catch
        {
            if (factory is not null) output.WriteLine(string.Join('\n', factory.Logs.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal))));
            throw;
        }
    }

    private async Task DatabaseLockedAsync(Action<ReliabilityAppFactory> created)
    {
        await using var app = new ReliabilityAppFactory(_dir.Path, configureJobs: o =>
        {
            o.DatabaseBusyTimeout = TimeSpan.FromSeconds(1);
            o.DatabaseRetryWindow = TimeSpan.FromSeconds(2);
        });
        created(app);
        var api = new JobsApiClient(app.CreateClient());
        var id = JobsApiClient.IdOf(await api.SubmitYamlAsync(Bfs, "?width=640&height=360"));
        await api.WaitForAsync(id, s => JobsApiClient.StatusOf(s) == "rendering", TimeSpan.FromSeconds(60));

        // Another program (think: an open sqlite3 shell) takes the write lock and keeps it for 8 s.
        await using (var other = new SqliteConnection(JobDatabase.ConnectionString(app.DatabasePath)))
        {
            await other.OpenAsync();
            await using (var begin = other.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            var locked = DateTime.UtcNow;

            // Meanwhile the app answers: reads work, a new submission is told to come back (503, not 500).
            using (var live = await api.Http.GetAsync("/health/live")) Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("rendering", JobsApiClient.StatusOf(await api.StatusAsync(id)));
            using (var refused = await api.Http.PostAsync("/api/v1/render?fps=10", new StringContent(TestManifests.Tiny("while locked"), Encoding.UTF8, "text/yaml")))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(refused.Headers.RetryAfter);
            }

            var hold = TimeSpan.FromSeconds(8) - (DateTime.UtcNow - locked);
            if (hold > TimeSpan.Zero) await Task.Delay(hold);
            await using var rollback = other.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        var failed = await api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(30));
        Assert.Equal("error", JobsApiClient.StatusOf(failed));
        var error = failed.GetProperty("error").GetString()!;
        Assert.Contains("locked by another program", error);
        Assert.Contains("re-render", error);
        Assert.False(File.Exists(Path.Combine(app.OutputDir, $"{id}.mp4")), "the unrecorded video is removed");

        var next = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("after the lock"), "?fps=10"));
        Assert.Equal("done", JobsApiClient.StatusOf(await api.WaitUntilFinishedAsync(next, TimeSpan.FromSeconds(60))));
        output.WriteLine(error);
    }

    private static async Task<(string Status, string Error)> FinishAsync(JobsApiClient api, string manifest, string query)
    {
        var id = JobsApiClient.IdOf(await api.SubmitYamlAsync(manifest, query));
        var status = await api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));
        return (JobsApiClient.StatusOf(status),
            status.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "");
    }

    public void Dispose() => _dir.Dispose();
}
