using System.Net;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>Cancelling stops ffmpeg and leaves nothing behind; the queue goes on.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class CancelTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task CancelMidRenderLeavesNoFileAndTheQueueGoesOn()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        var id = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Long));
        var next = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("After the cancel"), "?fps=10"));

        // Mid-render: frames are going into ffmpeg's temp file.
        await api.WaitForAsync(id, s => JobsApiClient.StatusOf(s) == "rendering" && s.GetProperty("progress").GetInt32() >= 1,
            TimeSpan.FromSeconds(60));
        Assert.Contains(app.OutputFileNames(), f => f.StartsWith($".{id}.", StringComparison.Ordinal));

        using var cancel = await api.Http.PostAsync($"/api/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", JobsApiClient.StatusOf(await api.StatusAsync(id)));
        // The answer comes after the render stopped and cleaned up.
        Assert.DoesNotContain(app.OutputFileNames(), f => f.Contains(id.ToString()));

        var after = await api.WaitUntilFinishedAsync(next, TimeSpan.FromSeconds(60));
        Assert.Equal("done", JobsApiClient.StatusOf(after));
        Assert.Equal("cancelled", JobsApiClient.StatusOf(await api.StatusAsync(id)));
        Assert.Equal([$"{next}.mp4", $"{next}.png"], app.OutputFileNames());

        // A finished job cannot be cancelled again.
        using var again = await api.Http.PostAsync($"/api/v1/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CancelAQueuedJobAndDeleteARenderingOne()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        var running = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Long));
        var queued = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Never rendered")));
        await api.WaitForAsync(running, s => JobsApiClient.StatusOf(s) == "rendering", TimeSpan.FromSeconds(60));

        using var cancel = await api.Http.PostAsync($"/api/v1/jobs/{queued}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        using var delete = await api.Http.DeleteAsync($"/api/v1/jobs/{running}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        await api.GetJsonAsync($"/api/v1/jobs/{running}", HttpStatusCode.NotFound);
        Assert.Equal("cancelled", JobsApiClient.StatusOf(await api.StatusAsync(queued)));
        Assert.Empty(app.OutputFileNames());
        // A job submitted after it is rendered only once the worker has dequeued the cancelled id: that id was skipped.
        var later = JobsApiClient.IdOf(await api.SubmitYamlAsync(TestManifests.Tiny("Rendered after the cancelled one")));
        await api.WaitForAsync(later, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));
        Assert.Equal("cancelled", JobsApiClient.StatusOf(await api.StatusAsync(queued)));
        Assert.Equal([$"{later}.mp4", $"{later}.png"], app.OutputFileNames());
    }

    public void Dispose() => _dir.Dispose();
}
