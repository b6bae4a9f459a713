using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Api;

/// <summary>POST /api/v1/generate: a topic in, a show that validates out; bad requests answered by field.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class GenerateApiTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_built_in_topic_gives_a_show_that_validates_and_names_its_generator()
    {
        var client = _app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/generate", new { prompt = "quick sort 5 2 9 1 7 3", mode = "builtin" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var generator = json.RootElement.GetProperty("generator");
        Assert.Equal("builtin", generator.GetProperty("source").GetString());
        Assert.Equal("quick-sort", generator.GetProperty("id").GetString());
        var show = json.RootElement.GetProperty("show");
        Assert.True(show.GetProperty("scenes").GetArrayLength() > 0);

        using var validate = await client.PostAsync("/api/v1/validate", new StringContent(show.GetRawText(), Encoding.UTF8, "application/json"));
        using var report = JsonDocument.Parse(await validate.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("{}", "prompt")]
    [InlineData("{\"prompt\": \"   \"}", "prompt")]
    [InlineData("{\"prompt\": \"bubble sort 1 2\", \"mode\": \"magic\"}", "mode")]
    [InlineData("{\"prompt\": \"bubble sort 1 2\", \"seed\": \"x\"}", "seed")]
    [InlineData("{\"prompt\": \"the history of jazz\", \"mode\": \"builtin\"}", "prompt")]
    [InlineData("[1, 2]", "")]
    public async Task Bad_requests_get_400_with_the_field(string body, string path)
    {
        using var response = await _app.CreateClient().PostAsync("/api/v1/generate", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(path, json.RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_prompt_over_the_cap_is_refused()
    {
        var body = JsonSerializer.Serialize(new { prompt = new string('a', 2001) });
        using var response = await _app.CreateClient().PostAsync("/api/v1/generate", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 2000", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
