using System.Net;
using System.Text.Json;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// ffmpeg missing, then crashing mid-pipe, then hanging, then working again — in one app process whose
/// PATH holds only a folder the test controls. Each failing job ends "error" with a message saying what
/// to do; the app stays up and the next job renders.
/// </summary>
[Trait("Category", TestCategory.Reliability)]
[Collection(AppProcessCollection.Name)]
public sealed class FfmpegFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Missing_crashing_or_hanging_ffmpeg_fails_the_job_with_what_to_do_and_the_next_job_still_renders()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_dir.Path, "bin")).FullName;
        await using var app = await AppProcess.StartAsync(Path.Combine(_dir.Path, "app"), new Dictionary<string, string?>
        {
            ["PATH"] = bin,
            ["RENDER_STALL_TIMEOUT_SECONDS"] = "5",
        });

        // 1. No ffmpeg at all.
        using (var ready = await app.Http.GetAsync("/health/ready"))
        {
            var body = await ready.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains(JobFailure.InstallFfmpeg, body);
        }
        var missing = await FinishAsync(app, "missing");
        Assert.Equal("error", missing.Status);
        Assert.Contains("ffmpeg was not found", missing.Error);
        Assert.Contains("install ffmpeg: apt-get install -y ffmpeg", missing.Error);

        // 2. An ffmpeg that starts (and answers -version), reads part of the frames from its pipe and dies.
        var fake = FakeFfmpeg.Install(bin);
        fake.SetMode("crash");
        var crashed = await FinishAsync(app, "crash");
        Assert.Equal("error", crashed.Status);
        Assert.Contains("ffmpeg stopped with an error", crashed.Error);
        Assert.Contains("simulated crash", crashed.Error);
        Assert.Contains("ffmpeg -version", crashed.Error);

        // 3. An ffmpeg that hangs (never reads, never exits): the watchdog stops the render.
        fake.SetMode("hang");
        var hung = await FinishAsync(app, "hang");
        Assert.Equal("error", hung.Status);
        Assert.Contains("made no progress for 5 s", hung.Error);

        // 4. ffmpeg works again: the app never went down, the next job renders.
        fake.SetMode(null);
        var fine = await FinishAsync(app, "fine");
        Assert.Equal("done", fine.Status);
        using (var live = await app.Http.GetAsync("/health/live")) Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using (var ready = await app.Http.GetAsync("/health/ready")) Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Empty(app.TempFiles());
        output.WriteLine($"missing: {missing.Error}\ncrash: {crashed.Error}\nhang: {hung.Error}");
    }

    private static async Task<(string Status, string Error)> FinishAsync(AppProcess app, string title)
    {
        var id = await app.SubmitAsync(TestManifests.Tiny(title), "?fps=10");
        var status = await app.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));
        return (status.GetProperty("status").GetString()!,
            status.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "");
    }

    public void Dispose() => _dir.Dispose();
}
