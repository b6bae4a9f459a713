using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>A narrated job through the API: AAC audio in the MP4, subtitles downloadable as SRT and VTT.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class NarratedJobTests : IDisposable
{
    private readonly TempDir _dir = new();

    private const string Show = """
        {
          "meta": { "title": "Narrated", "canvas": { "width": 320, "height": 180, "background": "#101020" } },
          "scenes": [
            { "name": "one", "narration": "First we look at the array. Then we sort it.",
              "manifest": { "meta": { "title": "one" },
                "objects": [{ "id": "t", "type": "text", "content": "Hello", "position": { "x": 160, "y": 60 } }],
                "timeline": [{ "action": "fade-in", "target": "t", "duration": "0.5s" }, { "action": "pause", "duration": "1s" }] } },
            { "name": "two", "transition": { "type": "fade", "duration": "0.4s" },
              "manifest": { "meta": { "title": "two" }, "objects": [], "timeline": [{ "action": "pause", "duration": "1s" }] } }
          ]
        }
        """;

    [Fact]
    public async Task Narrated_job_has_audio_and_subtitle_files()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        var accepted = await api.SubmitJsonAsync(new { show = JsonNode.Parse(Show), fps = 10, narrate = true, subtitles = "both" });
        var id = JobsApiClient.IdOf(accepted);
        var status = await api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(120));
        Assert.Equal("done", JobsApiClient.StatusOf(status));

        var video = _dir.File("v.mp4");
        await File.WriteAllBytesAsync(video, await api.Http.GetByteArrayAsync($"/api/v1/jobs/{id}/video"));
        var probe = FfprobeInfo.Read(video);
        Assert.True(probe.HasAudio, "the narrated video has an audio stream");

        using var vtt = await api.Http.GetAsync($"/api/v1/jobs/{id}/subtitles.vtt");
        Assert.Equal(HttpStatusCode.OK, vtt.StatusCode);
        Assert.Equal("text/vtt", vtt.Content.Headers.ContentType?.MediaType);
        var vttText = await vtt.Content.ReadAsStringAsync();
        Assert.StartsWith("WEBVTT", vttText);
        Assert.Contains("First we look at the array.", vttText);
        using var srt = await api.Http.GetAsync($"/api/v1/jobs/{id}/subtitles.srt");
        Assert.Equal(HttpStatusCode.OK, srt.StatusCode);
        Assert.Contains("-->", await srt.Content.ReadAsStringAsync());

        var job = await api.Http.GetFromJsonAsync<JsonObject>($"/api/v1/jobs/{id}");
        Assert.True(job!["narrate"]!.GetValue<bool>());
        Assert.Equal("both", job["subtitles"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subtitles_without_narration_are_refused_and_plain_jobs_have_no_subtitles()
    {
        await using var app = new JobsAppFactory(_dir.Path);
        var api = new JobsApiClient(app.CreateClient());
        using var refused = await api.Http.PostAsJsonAsync("/api/v1/render", new { show = JsonNode.Parse(Show), subtitles = "burn" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("subtitles", await refused.Content.ReadAsStringAsync());

        var id = JobsApiClient.IdOf(await api.SubmitJsonAsync(new { show = JsonNode.Parse(Show), fps = 10 }));
        await api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));
        using var none = await api.Http.GetAsync($"/api/v1/jobs/{id}/subtitles.srt");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    public void Dispose() => _dir.Dispose();
}
