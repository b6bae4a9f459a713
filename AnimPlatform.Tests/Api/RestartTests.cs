using System.Net;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>Jobs live in the database: a restart keeps finished ones and finishes interrupted ones.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class RestartTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task FinishedJobIsStillListedAfterARestart()
    {
        Guid id;
        await using (var first = new JobsAppFactory(_dir.Path))
        {
            var api = new JobsApiClient(first.CreateClient());
            id = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Survivor"), "?fps=10"));
            await api.WaitForAsync(id, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));
        }

        await using var second = new JobsAppFactory(_dir.Path);
        var again = new JobsApiClient(second.CreateClient());
        var list = await again.GetJsonAsync("/api/v1/jobs");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var job = list.GetProperty("jobs")[0];
        Assert.Equal(id, JobsApiClient.IdOf(job));
        Assert.Equal("done", JobsApiClient.StatusOf(job));
        Assert.Equal("Survivor", job.GetProperty("title").GetString());
        using var video = await again.Http.GetAsync($"/api/v1/jobs/{id}/video");
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
    }

    [Fact]
    public async Task JobsLeftRenderingOrQueuedAreRenderedAfterARestart()
    {
        Guid interrupted, waiting;
        await using (var first = new JobsAppFactory(_dir.Path))
        {
            var api = new JobsApiClient(first.CreateClient());
            interrupted = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Interrupted"), "?fps=10"));
            waiting = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Waiting"), "?fps=10"));
            await api.WaitForAsync(waiting, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));
        }
        // What a process killed mid-render leaves: one job "rendering" with half its progress, one still
        // queued, and no finished files.
        await using (var crashed = new JobsAppFactory(_dir.Path))
        {
            var changed = await crashed.ExecuteSqlAsync($"""
                UPDATE jobs SET status = 'rendering', progress = 40, stage = 'rendering frames', output_path = NULL, completed_at = NULL
                  WHERE id = '{interrupted.ToString().ToUpperInvariant()}';
                UPDATE jobs SET status = 'queued', progress = 0, stage = 'queued', output_path = NULL, completed_at = NULL
                  WHERE id = '{waiting.ToString().ToUpperInvariant()}';
                """);
            Assert.Equal(2, changed);
        }
        foreach (var file in Directory.GetFiles(Path.Combine(_dir.Path, "output"))) File.Delete(file);

        await using var restarted = new JobsAppFactory(_dir.Path);
        var again = new JobsApiClient(restarted.CreateClient());
        foreach (var id in new[] { interrupted, waiting })
        {
            var status = await again.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));
            Assert.Equal("done", JobsApiClient.StatusOf(status));
            Assert.True(File.Exists(Path.Combine(restarted.OutputDir, $"{id}.mp4")), $"{id}.mp4 was rendered again");
        }
    }

    public void Dispose() => _dir.Dispose();
}
