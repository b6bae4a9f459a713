using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>What the API answers to bad, odd and hostile input: ProblemDetails with paths, never a 500.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class ApiInputTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private JobsAppFactory _app = null!;
    private JobsApiClient _api = null!;

    public Task InitializeAsync()
    {
        _app = new JobsAppFactory(_dir.Path);
        _api = new JobsApiClient(_app.CreateClient());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InvalidManifestGets400WithEveryErrorAndItsPath()
    {
        var problem = await PostAsync("/api/v1/render", new StringContent(TestManifests.Invalid, Encoding.UTF8, "text/yaml"), HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = Paths(problem, "errors");
        Assert.Contains("meta.canvas", errors);
        Assert.Contains("objects[0].position", errors);
        Assert.Contains("timeline[0].duration", errors);
        Assert.Contains("timeline[1].action", Paths(problem, "warnings"));
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task BadRequestFieldsAreReportedByName()
    {
        var problem = await PostAsync("/api/v1/render",
            JsonContent.Create(new { manifest = TestManifests.Tiny(), width = "wide", height = 1.5, fps = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["height", "width"], Paths(problem, "errors").Order());

        problem = await PostAsync("/api/v1/render", JsonContent.Create(new { manifest = TestManifests.Tiny(), width = 8, fps = 500 }), HttpStatusCode.BadRequest);
        Assert.Equal(["fps", "height", "width"], Paths(problem, "errors").Order());

        problem = await PostAsync("/api/v1/render?width=abc", new StringContent(TestManifests.Tiny()), HttpStatusCode.BadRequest);
        Assert.Equal(["width"], Paths(problem, "errors"));

        problem = await PostAsync("/api/v1/render", JsonContent.Create(new { manifest = 42 }), HttpStatusCode.BadRequest);
        Assert.Equal(["manifest"], Paths(problem, "errors"));
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task MalformedEmptyAndUnreadableBodiesGet400()
    {
        await PostAsync("/api/v1/render", new StringContent("{\"manifest\": ", Encoding.UTF8, "application/json"), HttpStatusCode.BadRequest);
        await PostAsync("/api/v1/render", new StringContent("", Encoding.UTF8, "text/yaml"), HttpStatusCode.BadRequest);
        var yaml = await PostAsync("/api/v1/render", new StringContent("meta: [unclosed\n", Encoding.UTF8, "text/yaml"), HttpStatusCode.BadRequest);
        Assert.Contains("YAML", yaml.GetProperty("errors")[0].GetProperty("message").GetString());
        // Pasted text has no folder: scenes given as files are refused.
        var fileScene = await PostAsync("/api/v1/render", new StringContent(
            "meta: { title: s, canvas: { width: 320, height: 180 } }\nscenes:\n  - file: ../../etc/passwd\n"), HttpStatusCode.BadRequest);
        Assert.Contains("scenes[0].file", Paths(fileScene, "errors"));
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task OversizedBodyGets413()
    {
        var big = new string('a', 11 * 1024 * 1024);
        var problem = await PostAsync("/api/v1/render", new StringContent(big, Encoding.UTF8, "text/yaml"), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        // A manifest over the 5 MB manifest limit inside an allowed body is refused the same way.
        await PostAsync("/api/v1/render", JsonContent.Create(new { manifest = new string('#', 6 * 1024 * 1024) }), HttpStatusCode.RequestEntityTooLarge);
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task HostileBodiesNeverGet500()
    {
        var bodies = new (string Text, string Type)[]
        {
            (new string('[', 10_000), "application/json"),
            (new string('[', 10_000), "text/yaml"),
            ("a: &a [1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f]\n", "text/yaml"),
            ("[1, 2, 3]", "application/json"),
            ("42", "application/json"),
            ("null", "application/json"),
            ("\"just text\"", "application/json"),
            ("{\"show\": null}", "application/json"),
            ("{\"show\": {\"meta\": 5, \"scenes\": \"many\"}}", "application/json"),
            ("{\"meta\": {\"canvas\": {\"width\": 1e308, \"height\": -1}}, \"objects\": {}, \"timeline\": 7}", "application/json"),
            ("\u0000\u0001\u0002\uFFFD", "text/plain"),
            ("meta:\n  canvas: {width: 99999, height: 99999}\nobjects: []\ntimeline: []\n", "text/yaml"),
        };
        foreach (var (text, type) in bodies)
        foreach (var path in new[] { "/api/v1/render", "/api/v1/validate" })
        {
            using var response = await _api.Http.PostAsync(path, new StringContent(text, Encoding.UTF8, type));
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode} to {text[..Math.Min(60, text.Length)]}");
        }
        var multipart = new MultipartFormDataContent { { new StringContent(TestManifests.Tiny()), "file", "tiny.yaml" } };
        using var unsupported = await _api.Http.PostAsync("/api/v1/render", multipart);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task UnknownIdsGet404()
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-guid" })
        {
            await _api.GetJsonAsync($"/api/v1/jobs/{id}", HttpStatusCode.NotFound);
            await _api.GetJsonAsync($"/api/v1/jobs/{id}/status", HttpStatusCode.NotFound);
            await _api.GetJsonAsync($"/api/v1/jobs/{id}/video", HttpStatusCode.NotFound);
            await _api.GetJsonAsync($"/api/v1/jobs/{id}/poster", HttpStatusCode.NotFound);
            await PostAsync($"/api/v1/jobs/{id}/cancel", null, HttpStatusCode.NotFound);
            await PostAsync($"/api/v1/jobs/{id}/rerender", null, HttpStatusCode.NotFound);
            using var delete = await _api.Http.DeleteAsync($"/api/v1/jobs/{id}");
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
            Assert.Equal("application/problem+json", delete.Content.Headers.ContentType?.MediaType);
        }
        var unknownRoute = await _api.GetJsonAsync("/api/v1/nothing-here", HttpStatusCode.NotFound);
        Assert.Equal(404, unknownRoute.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ListChecksItsQueryAndPages()
    {
        var problem = await _api.GetJsonAsync("/api/v1/jobs?status=weird&limit=0&offset=-1", HttpStatusCode.BadRequest);
        Assert.Equal(["limit", "offset", "status"], Paths(problem, "errors").Order());
        await _api.GetJsonAsync("/api/v1/jobs?limit=101", HttpStatusCode.BadRequest);
        await _api.GetJsonAsync("/api/v1/jobs?limit=ten", HttpStatusCode.BadRequest);

        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(JobsApiClient.IdOf(await _api.SubmitYamlAsync(TestManifests.Tiny($"Page {i}"), "?fps=5")));
        var page = await _api.GetJsonAsync("/api/v1/jobs?limit=2&offset=1");
        Assert.Equal((2, 3), (page.GetProperty("count").GetInt32(), page.GetProperty("total").GetInt32()));
        // Newest first: offset 1 skips the last submitted.
        Assert.Equal([ids[1], ids[0]], page.GetProperty("jobs").EnumerateArray().Select(JobsApiClient.IdOf));
        Assert.False(page.GetProperty("jobs")[0].TryGetProperty("manifest", out _));
        foreach (var id in ids) await _api.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(60));
        var done = await _api.GetJsonAsync("/api/v1/jobs?status=DONE");
        Assert.Equal(3, done.GetProperty("total").GetInt32());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs?status=error")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OriginalPathsAnswerAsAliases()
    {
        var fromText = JobsApiClient.IdOf(await _api.SubmitYamlAsync(TestManifests.Tiny("Alias text"), "?fps=5", "/api/render"));
        var showObject = JsonNode.Parse(JsonSerializer.Serialize(new
        {
            meta = new { title = "Alias show", canvas = new { width = 320, height = 180 } },
            scenes = new[] { new { name = "one", manifest = JsonNode.Parse("""
                {"meta": {"title": "one"}, "objects": [{"id": "t", "type": "text", "content": "x", "position": {"x": 10, "y": 10}}],
                 "timeline": [{"action": "pause", "duration": "0.5s"}]}
                """) } },
        }));
        var fromShow = JobsApiClient.IdOf(await _api.SubmitJsonAsync(new { show = showObject, fps = 5 }, "/api/render-show"));

        foreach (var id in new[] { fromText, fromShow })
        {
            var status = await _api.WaitForAsync(id, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));
            Assert.Equal(status.GetRawText(), (await _api.GetJsonAsync($"/api/status/{id}")).GetRawText());
            Assert.Equal(id, JobsApiClient.IdOf(await _api.GetJsonAsync($"/api/jobs/{id}")));
            using var download = await _api.Http.GetAsync($"/api/download/{id}");
            Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(2, (await _api.GetJsonAsync("/api/jobs")).GetProperty("total").GetInt32());
        using var delete = await _api.Http.DeleteAsync($"/api/jobs/{fromText}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.False(File.Exists(Path.Combine(_app.OutputDir, $"{fromText}.mp4")));
        Assert.False(File.Exists(Path.Combine(_app.OutputDir, $"{fromText}.png")));
    }

    [Fact]
    public async Task RerenderQueuesTheSameManifestAsANewJob()
    {
        var first = JobsApiClient.IdOf(await _api.SubmitJsonAsync(new { manifest = TestManifests.Tiny("Again"), width = 160, height = 90, fps = 5, topic = "a prompt" }));
        await _api.WaitUntilFinishedAsync(first, TimeSpan.FromSeconds(60));
        using var response = await _api.Http.PostAsync($"/api/v1/jobs/{first}/rerender", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var second = JobsApiClient.IdOf(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        Assert.NotEqual(first, second);
        Assert.Equal($"/api/v1/jobs/{second}", response.Headers.Location?.OriginalString);
        await _api.WaitForAsync(second, s => JobsApiClient.StatusOf(s) == "done", TimeSpan.FromSeconds(60));
        var job = await _api.GetJsonAsync($"/api/v1/jobs/{second}");
        Assert.Equal(("Again", "a prompt", 160, 90, 5), (job.GetProperty("title").GetString(), job.GetProperty("topic").GetString(),
            job.GetProperty("width").GetInt32(), job.GetProperty("height").GetInt32(), job.GetProperty("fps").GetInt32()));
        Assert.Equal(160, FfprobeInfo.Read(Path.Combine(_app.OutputDir, $"{second}.mp4")).Width);
    }

    [Fact]
    public async Task ValidateReportsWithoutQueueing()
    {
        using var valid = await _api.Http.PostAsync("/api/v1/validate?fps=10", new StringContent(TestManifests.Tiny()));
        var report = JsonDocument.Parse(await valid.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Equal(15, report.GetProperty("frames").GetInt32());
        Assert.Equal(1.5, report.GetProperty("durationSeconds").GetDouble());

        using var invalid = await _api.Http.PostAsync("/api/v1/validate", new StringContent(TestManifests.Invalid));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        report = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains("timeline[0].duration", Paths(report, "errors"));
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task ValidateReturnsLayoutWarningsWithPathAndSecond()
    {
        const string manifest = """
            meta: { title: t, canvas: { width: 800, height: 400, background: "#000000" } }
            objects:
              - { id: edge, type: text, content: "Half outside", position: { x: 790, y: 200 }, style: { font: "30px sans-serif" } }
            timeline:
              - { action: fade-in, target: edge, duration: 1s }
            """;
        using var response = await _api.Http.PostAsync("/api/v1/validate", new StringContent(manifest, Encoding.UTF8, "text/yaml"));
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean());
        var warning = report.GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("path").GetString() == "objects[0]");
        Assert.Contains("at 1.00s", warning.GetProperty("message").GetString());
        Assert.Contains("cut by the canvas edge", warning.GetProperty("message").GetString());
        await AssertNoJobsAsync();
    }

    /// <summary>A graph with nodes A and B whose timeline highlights a node Z that does not exist (valid; the renderer skips it).</summary>
    internal const string MissingNodeManifest = """
        meta: { title: t, canvas: { width: 800, height: 400, background: "#000000" } }
        objects:
          - { id: g, type: graph, nodes: [{ id: A, x: 200, y: 200 }, { id: B, x: 600, y: 200 }], edges: [{ from: A, to: B }] }
        timeline:
          - { action: fade-in, target: g, duration: 1s }
          - { action: highlight-node, target: g, node: Z, color: "#ff0000", duration: 1s }
          - { action: highlight-edge, target: g, edge: [A, Z], color: "#ff0000", duration: 1s }
        """;

    [Fact]
    public async Task ValidateReturnsTheRenderersWarnings()
    {
        using var response = await _api.Http.PostAsync("/api/v1/validate", new StringContent(MissingNodeManifest, Encoding.UTF8, "text/yaml"));
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean());
        var warnings = report.GetProperty("warnings").EnumerateArray()
            .Select(w => (Path: w.GetProperty("path").GetString(), Message: w.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(warnings, w => w.Path == "timeline[1]" && w.Message.Contains("node \"Z\" not found in \"g\""));
        Assert.Contains(warnings, w => w.Path == "timeline[2]" && w.Message.Contains("edge [A, Z] not found"));
        Assert.Single(warnings, w => w.Path == "timeline[1]"); // once, not once per stage
        await AssertNoJobsAsync();
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        var document = await _api.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/render", "/api/v1/validate", "/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/jobs/{id}/video" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is documented");
        Assert.False(paths.TryGetProperty("/api/render", out _), "aliases stay out of the document");
        Assert.True(paths.GetProperty("/api/v1/render").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/yaml", out _));
    }

    private async Task<JsonElement> PostAsync(string path, HttpContent? content, HttpStatusCode expected)
    {
        using var response = await _api.Http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> Paths(JsonElement problem, string list) =>
        problem.GetProperty(list).EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();

    private async Task AssertNoJobsAsync() =>
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
