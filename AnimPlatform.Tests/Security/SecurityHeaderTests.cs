using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Security;

/// <summary>CSP, nosniff and no framing on pages, API answers and errors; the import map allowed by its hash.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/jobs")]
    [InlineData("/api/v1/jobs/nope")]
    [InlineData("/health/live")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await _app.CreateClient().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_pages_inline_import_map_is_allowed_by_its_exact_hash()
    {
        using var response = await _app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var importMap = Regex.Match(html, "<script type=\"importmap\"[^>]*>(.*?)</script>", RegexOptions.Singleline);
        Assert.True(importMap.Success, "the page has an import map");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value)));
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotMatch("<script(?![^>]*(src=|type=\"importmap\"))[^>]*>", html); // no other inline script
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
