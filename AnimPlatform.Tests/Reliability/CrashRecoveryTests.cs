using System.Net;
using System.Text;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// The app as a real process, stopped the hard way (SIGKILL mid-render) and the polite way (SIGTERM):
/// no job is lost, every one ends done with a valid video, and no temp file is left behind.
/// </summary>
[Trait("Category", TestCategory.Reliability)]
[Collection(AppProcessCollection.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    private static string Bfs => File.ReadAllText(TestManifests.BfsPath);

    [Fact]
    public async Task Sigkill_mid_render_then_restart_finishes_all_five_jobs_with_valid_videos_and_no_temp_files()
    {
        var ids = new List<Guid>();
        await using (var first = await AppProcess.StartAsync(_dir.Path))
        {
            for (var i = 0; i < 5; i++) ids.Add(await first.SubmitAsync(Bfs, "?width=640&height=360"));
            await first.WaitForAsync(ids[0], s => s.GetProperty("status").GetString() == "rendering" && s.GetProperty("progress").GetInt32() >= 5,
                TimeSpan.FromSeconds(60));
            await first.KillAsync();
            output.WriteLine($"killed with SIGKILL; job 1 is {AppProcess.StatusInDatabase(first.DatabasePath, ids[0])} in the database");
        }
        Assert.Equal("rendering", AppProcess.StatusInDatabase(Path.Combine(_dir.Path, "data", "jobs.db"), ids[0]));

        await using var second = await AppProcess.StartAsync(_dir.Path);
        foreach (var id in ids)
        {
            var status = await second.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(120));
            Assert.Equal("done", status.GetProperty("status").GetString());
        }
        foreach (var id in ids)
        {
            var video = FfprobeInfo.Read(Path.Combine(second.OutputDir, $"{id}.mp4"));
            Assert.Equal((640, 360, "h264"), (video.Width, video.Height, video.Codec));
            Assert.InRange(video.Duration, 73, 74.5);
        }
        Assert.Empty(second.TempFiles());
    }

    [Fact]
    public async Task Sigterm_without_grace_requeues_the_running_render_exits_quickly_and_the_next_start_finishes_it()
    {
        Guid id;
        string databasePath;
        await using (var first = await AppProcess.StartAsync(_dir.Path, new Dictionary<string, string?> { ["SHUTDOWN_GRACE_SECONDS"] = "0" }))
        {
            databasePath = first.DatabasePath;
            id = await first.SubmitAsync(Bfs, "?width=640&height=360");
            await first.WaitForAsync(id, s => s.GetProperty("status").GetString() == "rendering" && s.GetProperty("progress").GetInt32() >= 3,
                TimeSpan.FromSeconds(60));
            var (elapsed, exitCode) = await first.TerminateAsync(TimeSpan.FromSeconds(30));
            output.WriteLine($"exited {exitCode} {elapsed.TotalSeconds:0.0} s after SIGTERM");
            Assert.Equal(0, exitCode);
            Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
            Assert.Empty(first.TempFiles());
        }
        Assert.Equal("queued", AppProcess.StatusInDatabase(databasePath, id));

        await using var second = await AppProcess.StartAsync(_dir.Path);
        var status = await second.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(90));
        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(640, FfprobeInfo.Read(Path.Combine(second.OutputDir, $"{id}.mp4")).Width);
    }

    [Fact]
    public async Task Sigterm_refuses_new_work_lets_the_running_render_finish_within_the_grace_and_keeps_the_queue()
    {
        await using var app = await AppProcess.StartAsync(_dir.Path, new Dictionary<string, string?> { ["SHUTDOWN_GRACE_SECONDS"] = "20" });
        var running = await app.SubmitAsync(Bfs, "?width=640&height=360");
        var waiting = await app.SubmitAsync(Bfs, "?width=640&height=360");
        await app.WaitForAsync(running, s => s.GetProperty("status").GetString() == "rendering", TimeSpan.FromSeconds(60));

        var terminate = app.TerminateAsync(TimeSpan.FromSeconds(30));
        // The server keeps answering during the grace: new work gets 503 + Retry-After (a submission that
        // raced the signal may still be queued), status reads go on while the render finishes.
        HttpStatusCode refused;
        TimeSpan? retryAfter;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            using var late = await app.Http.PostAsync("/api/v1/render", new StringContent(TestManifests.Tiny("late"), Encoding.UTF8, "text/yaml"));
            refused = late.StatusCode;
            retryAfter = late.Headers.RetryAfter?.Delta;
        }
        while (refused == HttpStatusCode.Accepted && DateTime.UtcNow < deadline);
        using var statusDuringGrace = await app.Http.GetAsync($"/api/v1/jobs/{running}/status");
        var (elapsed, exitCode) = await terminate;
        output.WriteLine($"late submission: {refused}, Retry-After {retryAfter}; status during the grace {statusDuringGrace.StatusCode}; exited {exitCode} {elapsed.TotalSeconds:0.0} s after SIGTERM");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused);
        Assert.True(retryAfter > TimeSpan.Zero, "503 carries Retry-After");
        Assert.Equal(HttpStatusCode.OK, statusDuringGrace.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
        Assert.Equal("done", AppProcess.StatusInDatabase(app.DatabasePath, running));
        Assert.Equal("queued", AppProcess.StatusInDatabase(app.DatabasePath, waiting));
        Assert.True(File.Exists(Path.Combine(app.OutputDir, $"{running}.mp4")));
        Assert.Empty(app.TempFiles());
    }

    public void Dispose() => _dir.Dispose();
}
