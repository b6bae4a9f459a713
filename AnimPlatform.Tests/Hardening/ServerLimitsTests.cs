using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Hardening;

/// <summary>The HTTP side of the limits: caps, budgets, wrong tokens, the free-space floor.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class ServerLimitsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "text/yaml");

    [Fact]
    public async Task A_scene_object_sent_as_the_body_itself_is_held_to_the_manifest_cap()
    {
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["RateLimitRendersPerMinute"] = "0" });
        var client = app.CreateClient();
        // 6 MB of JSON: under the 10 MB body cap, over the 5 MB manifest cap.
        var big = "{\"meta\":{\"title\":\"" + new string('a', 6_000_000) + "\",\"canvas\":{\"width\":320,\"height\":180}},\"objects\":[],\"timeline\":[]}";
        using var response = await client.PostAsync("/api/v1/render", new StringContent(big, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var wrapped = await client.PostAsync("/api/v1/render", new StringContent("{\"show\":" + big + "}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, wrapped.StatusCode);
    }

    [Fact]
    public async Task Validate_is_rate_limited_per_client()
    {
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["RateLimitValidationsPerMinute"] = "2" });
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.PostAsync("/api/v1/validate", Yaml(TestManifests.Tiny()));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await client.PostAsync("/api/v1/validate", Yaml(TestManifests.Tiny()));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task Wrong_bearer_tokens_are_limited_per_client_and_then_even_the_right_one_waits()
    {
        const string token = "correct-horse-battery-staple";
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["AccessToken"] = token });
        var client = app.CreateClient();
        async Task<HttpStatusCode> ListWith(string bearer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jobs");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ListWith(token));
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.Unauthorized, await ListWith($"guess-number-{i:D4}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ListWith("guess-number-0010"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ListWith(token));
    }

    [Fact]
    public async Task Below_the_free_space_floor_renders_get_507_and_readiness_fails()
    {
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["MinFreeDiskMegabytes"] = "10000000" });
        var client = app.CreateClient();
        using var render = await client.PostAsync("/api/v1/render", Yaml(TestManifests.Tiny()));
        Assert.Equal(HttpStatusCode.InsufficientStorage, render.StatusCode);
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("failing", json.RootElement.GetProperty("checks").GetProperty("disk").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_heavy_manifest_is_refused_at_submission_with_its_estimate()
    {
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["MaxRenderMinutes"] = "1" });
        var client = app.CreateClient();
        const string heavy = """{"meta":{"title":"Heavy","canvas":{"width":3840,"height":2160}},"objects":[{"id":"t","type":"text","content":"x","position":{"x":10,"y":10}}],"timeline":[{"action":"pause","duration":600}]}""";
        using var response = await client.PostAsync("/api/v1/render", new StringContent(heavy, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("frames at 8.29 megapixels", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>Slow uploads over real sockets: a trickling body holds no CPU slot.</summary>
[Collection(AppProcessCollection.Name)]
[Trait("Category", TestCategory.Reliability)]
public sealed class SlowBodyTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Slow_uploads_do_not_keep_another_clients_validate_waiting()
    {
        await using var app = await AppProcess.StartAsync(_dir.Path);
        // More slow uploads than there are CPU slots, each trickling 300 bytes a second: above Kestrel's minimum
        // data rate (240 B/s), so only the app's own rules can keep them from holding a slot for an hour.
        var slow = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var trickles = new List<Task>();
        try
        {
            for (var i = 0; i < Environment.ProcessorCount + 2; i++)
            {
                var socket = new TcpClient();
                await socket.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
                var head = $"POST /api/v1/validate HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nContent-Type: text/yaml\r\nContent-Length: 1000000\r\n\r\nm";
                await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
                slow.Add(socket);
                trickles.Add(TrickleAsync(socket.GetStream(), stop.Token));
            }

            using var response = await app.Http.PostAsync("/api/v1/validate", new StringContent(TestManifests.Tiny(), Encoding.UTF8, "text/yaml"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // ... while every slow upload is still waiting for its body (none has been answered).
            foreach (var socket in slow) Assert.Equal(0, socket.Available);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(trickles);
            foreach (var socket in slow) socket.Dispose();
        }
    }

    private static async Task TrickleAsync(NetworkStream stream, CancellationToken stop)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('#', 30));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await stream.WriteAsync(chunk, stop);
                await Task.Delay(100, stop);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException) { }
    }

    public void Dispose() => _dir.Dispose();
}
