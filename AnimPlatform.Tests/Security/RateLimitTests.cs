using System.Net;
using System.Net.Http.Json;
using System.Text;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Security;

/// <summary>Per-client limits on render and generate: over the limit, 429 ProblemDetails with Retry-After.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string>
        {
            ["RateLimitRendersPerMinute"] = "2",
            ["RateLimitGenerationsPerMinute"] = "1",
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Renders_over_the_limit_get_429_with_retry_after_across_the_render_routes()
    {
        var client = _app.CreateClient();
        // Invalid manifests: counted like any submission, nothing renders.
        using (var first = await client.PostAsync("/api/v1/render", Yaml(TestManifests.Invalid))) Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        using (var second = await client.PostAsync("/api/render", Yaml(TestManifests.Invalid))) Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        using var third = await client.PostAsync("/api/v1/render", Yaml(TestManifests.Invalid));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, 60);

        // Reading is never limited.
        for (var i = 0; i < 5; i++)
        {
            using var list = await client.GetAsync("/api/v1/jobs");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }
        using var validate = await client.PostAsync("/api/v1/validate", Yaml(TestManifests.Tiny()));
        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
    }

    [Fact]
    public async Task Generations_over_the_limit_get_429_with_retry_after()
    {
        var client = _app.CreateClient();
        using (var first = await client.PostAsJsonAsync("/api/v1/generate", new { prompt = "bubble sort 3 1 2" }))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await client.PostAsJsonAsync("/api/v1/generate", new { prompt = "bubble sort 3 1 2" });
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "text/yaml");

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
