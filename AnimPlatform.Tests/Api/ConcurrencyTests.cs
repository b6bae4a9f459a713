using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>Many clients at once: every submission is saved, queued and rendered.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class ConcurrencyTests : IDisposable
{
    private const int Submissions = 50;
    private readonly TempDir _dir = new();

    [Fact]
    public async Task FiftyConcurrentSubmissionsAllPersistAndAllComplete()
    {
        await using var app = new JobsAppFactory(_dir.Path, maxConcurrentRenders: 2);
        var api = new JobsApiClient(app.CreateClient());

        var accepted = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(i =>
            Task.Run(() => api.SubmitYamlAsync(TestManifests.Tiny($"Concurrent {i}"), "?fps=5"))));
        var ids = accepted.Select(JobsApiClient.IdOf).ToHashSet();
        Assert.Equal(Submissions, ids.Count);

        var list = await api.GetJsonAsync("/api/v1/jobs?limit=100");
        Assert.Equal(Submissions, list.GetProperty("total").GetInt32());
        Assert.Equal(ids.Order(), list.GetProperty("jobs").EnumerateArray().Select(JobsApiClient.IdOf).Order());

        var deadline = DateTime.UtcNow.AddSeconds(180);
        int done;
        while ((done = (await api.GetJsonAsync("/api/v1/jobs?status=done&limit=1")).GetProperty("total").GetInt32()) < Submissions)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {done} of {Submissions} jobs done");
            await Task.Delay(250);
        }

        var titles = new HashSet<string>();
        for (var offset = 0; offset < Submissions; offset += 20)
        {
            var page = await api.GetJsonAsync($"/api/v1/jobs?limit=20&offset={offset}");
            foreach (var job in page.GetProperty("jobs").EnumerateArray())
            {
                Assert.Equal("done", JobsApiClient.StatusOf(job));
                titles.Add(job.GetProperty("title").GetString()!);
                var probe = FfprobeInfo.Read(Path.Combine(app.OutputDir, $"{JobsApiClient.IdOf(job)}.mp4"));
                Assert.Equal((320, 180), (probe.Width, probe.Height));
            }
        }
        Assert.Equal(Enumerable.Range(0, Submissions).Select(i => $"Concurrent {i}").Order(), titles.Order());
    }

    public void Dispose() => _dir.Dispose();
}
