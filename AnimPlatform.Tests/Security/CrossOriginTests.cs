using System.Net;
using System.Text;
using System.Text.Json;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Options;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Tests.Security;

/// <summary>
/// Requests a page on another origin can make a browser send, answered at the HTTP level: refused with 403
/// and no job made; the same request from a script (no Origin, no Fetch Metadata) or from this origin goes on.
/// Host headers that do not name this server get 400 (DNS rebinding).
/// </summary>
[Trait("Category", TestCategory.Integration)]
public sealed class CrossOriginTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path);
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, string, string?> Forged => new()
    {
        // header, value, content type, extra header
        { "Origin", "http://evil.example", "text/plain", null },
        { "Origin", "http://localhost:8081", "application/json", null },        // another port is another origin
        { "Origin", "null", "text/plain", null },                               // sandboxed frame, file:
        { "Sec-Fetch-Site", "cross-site", "text/plain", null },
        { "Sec-Fetch-Site", "same-site", "application/x-www-form-urlencoded", null },
        { "Sec-Fetch-Site", "cross-site", "application/json", CrossOriginGuard.CustomHeader },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_render_sent_by_another_origins_page_is_refused_and_makes_no_job(string header, string value, string contentType, string? extra)
    {
        using var request = RenderRequest(contentType);
        request.Headers.Add(header, value);
        if (extra is not null) request.Headers.Add(extra, "1");

        using var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Cross-origin request refused", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await JobCountAsync());
    }

    [Fact]
    public async Task Delete_and_cancel_from_another_origin_are_refused()
    {
        var id = await SubmitAsync(RenderRequest("application/json"));
        foreach (var (method, path) in new[] { (HttpMethod.Delete, $"/api/v1/jobs/{id}"), (HttpMethod.Post, $"/api/v1/jobs/{id}/cancel") })
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            using var response = await _app.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(1, await JobCountAsync());
    }

    [Fact]
    public async Task A_script_and_this_origins_own_requests_go_on()
    {
        await SubmitAsync(RenderRequest("text/plain"));                                   // curl --data-binary: no Origin
        var own = RenderRequest("application/json");
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        own.Headers.Add("Sec-Fetch-Mode", "cors");
        await SubmitAsync(own);
        var typed = RenderRequest("text/plain");
        typed.Headers.Add("Sec-Fetch-Site", "none");                                      // typed in the address bar
        typed.Headers.Add("Sec-Fetch-Mode", "cors");
        typed.Headers.Add(CrossOriginGuard.CustomHeader, "fetch");
        await SubmitAsync(typed);
        Assert.Equal(3, await JobCountAsync());
    }

    [Fact]
    public async Task A_browser_post_to_the_api_in_a_form_content_type_needs_the_custom_header()
    {
        var request = RenderRequest("text/plain");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Sec-Fetch-Mode", "no-cors");
        using var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(CrossOriginGuard.CustomHeader, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_websocket_to_the_circuit_from_another_origin_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_blazor?id=x");
        request.Headers.Add("Upgrade", "websocket");
        request.Headers.Add("Connection", "Upgrade");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebound.attacker.test:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("[::1]:5080", HttpStatusCode.OK)]
    public async Task Only_host_names_of_this_server_are_answered(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/jobs");
        request.Headers.Host = host;
        using var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Allowed_hosts_are_the_loopback_names_host_and_the_configured_ones()
    {
        Assert.Equal(["127.0.0.1", "[::1]", "localhost"],
            HostRestriction.AllowedHosts(new AnimPlatformOptions()).Order(StringComparer.Ordinal));
        Assert.Contains("lessons.school.example",
            HostRestriction.AllowedHosts(new AnimPlatformOptions { Host = "10.1.2.3", AllowedHosts = "lessons.school.example; other.example" }));
        Assert.Contains("10.1.2.3", HostRestriction.AllowedHosts(new AnimPlatformOptions { Host = "10.1.2.3" }));
        Assert.Contains(System.Net.Dns.GetHostName(), HostRestriction.AllowedHosts(new AnimPlatformOptions { Host = "0.0.0.0" }));
        Assert.Equal(["*"], HostRestriction.AllowedHosts(new AnimPlatformOptions { AllowedHosts = "*" }));
    }

    private static HttpRequestMessage RenderRequest(string contentType)
    {
        var body = contentType == "application/json"
            ? JsonSerializer.Serialize(new { manifest = TestManifests.Tiny("cross-origin") })
            : TestManifests.Tiny("cross-origin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/render") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return request;
    }

    private async Task<Guid> SubmitAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _app.CreateClient().SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        }
    }

    private async Task<int> JobCountAsync()
    {
        var text = await _app.CreateClient().GetStringAsync("/api/v1/jobs");
        return JsonDocument.Parse(text).RootElement.GetProperty("total").GetInt32();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
