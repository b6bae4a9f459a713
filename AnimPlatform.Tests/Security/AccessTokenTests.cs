using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Options;
using AnimPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Security;

/// <summary>ACCESS_TOKEN: bearer for the API, a sign-in (antiforgery form, cookie) for the pages; unset, open and saying so.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class AccessTokenTests : IAsyncLifetime
{
    private const string Token = "test-token-0123456789abcdef";
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["AccessToken"] = Token });
        return Task.CompletedTask;
    }

    private HttpClient Client(bool withToken = false, string? token = null)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (withToken || token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return client;
    }

    [Theory]
    [InlineData("GET", "/api/v1/jobs")]
    [InlineData("GET", "/api/jobs")]
    [InlineData("POST", "/api/v1/render")]
    [InlineData("POST", "/api/v1/validate")]
    [InlineData("POST", "/api/v1/generate")]
    [InlineData("GET", "/api/v1/jobs/00000000-0000-0000-0000-000000000000/video")]
    [InlineData("GET", "/api/v1/no-such-route")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task Every_api_route_answers_401_without_the_token(string method, string path)
    {
        using var response = await Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        if (path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Fact]
    public async Task With_the_token_the_api_answers_200_and_with_a_wrong_one_401()
    {
        using (var ok = await Client(withToken: true).GetAsync("/api/v1/jobs")) Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var valid = await Client(withToken: true).PostAsync("/api/v1/validate", new StringContent(TestManifests.Tiny(), Encoding.UTF8, "text/yaml")))
            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        using var wrong = await Client(token: Token + "x").GetAsync("/api/v1/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("invalid_token", wrong.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Health_probes_need_no_token()
    {
        using var live = await Client().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Pages_send_a_stranger_to_the_sign_in_and_the_right_token_signs_in_with_a_cookie()
    {
        var browser = Client();
        using (var page = await browser.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery);
        }

        // A wrong token: the form again, with a message; no cookie.
        using (var wrong = await PostSignInAsync(browser, "not-the-token-at-all"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("That token is not right.", await wrong.Content.ReadAsStringAsync());
        }
        using (var still = await browser.GetAsync("/api/v1/jobs")) Assert.Equal(HttpStatusCode.Unauthorized, still.StatusCode);

        using (var signIn = await PostSignInAsync(browser, Token, returnUrl: "/?preset=bfs"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/?preset=bfs", signIn.Headers.Location!.OriginalString.Replace("http://localhost", ""));
            var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("AnimPlatform.Auth=", StringComparison.Ordinal));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }

        // Signed in: pages and the API's GET routes (video element, posters) open; changes still need the bearer header.
        using (var page = await browser.GetAsync("/")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using (var list = await browser.GetAsync("/api/v1/jobs")) Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using (var post = await browser.PostAsync("/api/v1/render", new StringContent(TestManifests.Tiny(), Encoding.UTF8, "text/yaml")))
            Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_post_without_its_antiforgery_token_is_refused()
    {
        using var response = await Client().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Token"] = Token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("AnimPlatform.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_only_redirects_to_paths_of_this_site()
    {
        using var response = await PostSignInAsync(Client(), Token, returnUrl: "//evil.example/steal");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task The_token_never_appears_in_the_log_or_in_an_answer()
    {
        var answers = new StringBuilder();
        foreach (var client in new[] { Client(withToken: true), Client(token: Token + "-wrong"), Client() })
        {
            using var list = await client.GetAsync("/api/v1/jobs");
            answers.Append(await list.Content.ReadAsStringAsync());
        }
        using (var wrong = await PostSignInAsync(Client(), Token + "-wrong")) answers.Append(await wrong.Content.ReadAsStringAsync());
        using (var right = await PostSignInAsync(Client(), Token)) answers.Append(await right.Content.ReadAsStringAsync());

        Assert.NotEmpty(_app.Logs);
        Assert.DoesNotContain(_app.Logs, line => line.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(Token, answers.ToString());
        var info = _app.Services.GetRequiredService<AccessControlInfo>();
        Assert.True(info.TokenRequired);
        Assert.DoesNotContain(Token, info.Summary);
    }

    [Fact]
    public async Task Without_a_token_everything_is_open_and_the_app_says_so()
    {
        await using var open = new ReliabilityAppFactory(Path.Combine(_dir.Path, "open"));
        var client = open.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var list = await client.GetAsync("/api/v1/jobs")) Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using (var page = await client.GetAsync("/")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var info = open.Services.GetRequiredService<AccessControlInfo>();
        Assert.False(info.TokenRequired);
        Assert.Contains("open to anyone who can reach it", info.Summary);
        using var signIn = await client.GetAsync("/signin");
        Assert.Contains("open to anyone who can reach it", await signIn.Content.ReadAsStringAsync());
    }

    /// <summary>GETs the sign-in form (for its antiforgery token and cookie), then posts it.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string returnUrl = "/")
    {
        var form = await client.GetStringAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var antiforgery = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(antiforgery);
        return await client.PostAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = antiforgery,
            ["ReturnUrl"] = returnUrl,
            ["Token"] = token,
        }));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
