using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>Submit → poll → download, through the real app, SQLite file and ffmpeg.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class RenderFlowTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task BfsExampleRendersToAnMp4ThatFfprobeAccepts()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        var show = JsonNode.Parse(await File.ReadAllTextAsync(TestManifests.BfsPath))!;

        var accepted = await api.SubmitJsonAsync(new { show, width = 320, height = 180, fps = 10 });
        var id = JobsApiClient.IdOf(accepted);
        Assert.Equal("queued", JobsApiClient.StatusOf(accepted));
        Assert.Equal("BFS Walkthrough", accepted.GetProperty("title").GetString());
        Assert.InRange(accepted.GetProperty("queuePosition").GetInt32(), 0, 1);

        var status = await api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(120));
        Assert.Equal("done", JobsApiClient.StatusOf(status));
        Assert.Equal(100, status.GetProperty("progress").GetInt32());

        using var response = await api.Http.GetAsync($"/api/v1/jobs/{id}/video");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("BFS Walkthrough.mp4", response.Content.Headers.ContentDisposition?.FileNameStar);
        var downloaded = _dir.File("download.mp4");
        await File.WriteAllBytesAsync(downloaded, await response.Content.ReadAsByteArrayAsync());
        // HEAD answers like GET, without the body (players and download managers ask it first).
        using (var head = await api.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/jobs/{id}/video")))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(new FileInfo(downloaded).Length, head.Content.Headers.ContentLength);
        }

        var probe = FfprobeInfo.Read(downloaded);
        var expected = ManifestPipeline.LoadFile(TestManifests.BfsPath).Show.Duration;
        Assert.Equal(("h264", 320, 180, "yuv420p"), (probe.Codec, probe.Width, probe.Height, probe.PixelFormat));
        Assert.InRange(probe.Duration, expected - 0.5, expected + 0.5);

        // The file is output/<id>.mp4, the poster sits beside it, and nothing temporary is left.
        Assert.Equal(
            [$"{id}.mp4", $"{id}.png"],
            app.OutputFileNames());
    }

    [Fact]
    public async Task VideoAnswersRangeRequestsAndPosterIsAPng()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        var id = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Range: test/1"), "?fps=10"));
        await api.WaitForAsync(id, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/jobs/{id}/video");
        range.Headers.Range = new RangeHeaderValue(0, 99);
        using var partial = await api.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        // Characters a file name cannot hold are replaced.
        Assert.Equal("Range test 1.mp4", partial.Content.Headers.ContentDisposition?.FileNameStar);

        using var poster = await api.Http.GetAsync($"/api/v1/jobs/{id}/poster");
        Assert.Equal("image/png", poster.Content.Headers.ContentType?.MediaType);
        var png = await poster.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        var job = await api.GetJsonAsync($"/api/v1/jobs/{id}");
        Assert.Equal("Range: test/1", job.GetProperty("title").GetString());
        Assert.Equal("hello", job.GetProperty("manifest").GetProperty("objects")[0].GetProperty("content").GetString());
        Assert.Equal($"/api/v1/jobs/{id}/video", job.GetProperty("links").GetProperty("video").GetString());
        Assert.NotNull(job.GetProperty("completedAt").GetString());
    }

    public void Dispose() => _dir.Dispose();
}
