using System.Net;
using System.Net.Http.Headers;
using AnimPlatform.Core.Narration;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Api;

/// <summary>GET /preview/narration/{key}.wav: the track of a prepared preview, 400 for a malformed key, 404 for an unknown one.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(JobsHostCollection.Name)]
public sealed class PreviewAudioEndpointTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_prepared_preview_is_served_as_wav_with_ranges_and_bad_keys_are_refused()
    {
        await using var host = new JobsAppFactory(_dir.Path);
        var (fake, _) = NarrationPreviewServiceTests.Create(new FakeSynthesizer(), Path.Combine(_dir.Path, "speech"));
        await using var app = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(fake)));
        var previews = app.Services.GetRequiredService<NarrationPreviewService>();
        Assert.Same(fake, previews);
        var preview = await previews.PrepareAsync(NarrationPreviewServiceTests.Narrated);
        var http = app.CreateClient();

        using var ok = await http.GetAsync("/" + PreviewAudioEndpoints.UrlFor(preview.Key));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("audio/wav", ok.Content.Headers.ContentType?.MediaType);
        var body = await ok.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF"u8.ToArray(), body[..4]);
        Assert.Equal("WAVE"u8.ToArray(), body[8..12]);
        Assert.Equal(preview.Wav, body);
        Assert.Equal(preview.Seconds, WavFile.Read(body).Seconds, 3);

        // The audio element seeks with range requests.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + PreviewAudioEndpoints.UrlFor(preview.Key));
        request.Headers.Range = new RangeHeaderValue(44, 143);
        using var partial = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(body[44..144], await partial.Content.ReadAsByteArrayAsync());

        using var unknown = await http.GetAsync("/" + PreviewAudioEndpoints.UrlFor(new string('a', 64)));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        foreach (var bad in new[] { "xyz", preview.Key.ToUpperInvariant(), preview.Key + "0", "..%2F..%2Fetc%2Fpasswd" })
        {
            using var refused = await http.GetAsync("/" + PreviewAudioEndpoints.UrlFor(bad));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
    }

    [Fact]
    public async Task The_track_spends_the_clients_validation_budget_and_past_it_is_a_429()
    {
        // One limiter per concern: the track is counted with POST /api/v1/validate (3 a minute here: two tracks and one validate), not a limiter of its own.
        await using var host = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["RateLimitValidationsPerMinute"] = "3" });
        var (fake, _) = NarrationPreviewServiceTests.Create(new FakeSynthesizer(), Path.Combine(_dir.Path, "speech"));
        await using var app = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(fake)));
        var preview = await app.Services.GetRequiredService<NarrationPreviewService>().PrepareAsync(NarrationPreviewServiceTests.Narrated);
        var http = app.CreateClient();
        var url = "/" + PreviewAudioEndpoints.UrlFor(preview.Key);

        for (var i = 0; i < 2; i++)
        {
            using var ok = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var validated = await http.PostAsync("/api/v1/validate", new StringContent(TestManifests.Tiny(), System.Text.Encoding.UTF8, "text/yaml")))
            Assert.Equal(HttpStatusCode.OK, validated.StatusCode);

        using var limited = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        using var validateLimited = await http.PostAsync("/api/v1/validate", new StringContent(TestManifests.Tiny(), System.Text.Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.TooManyRequests, validateLimited.StatusCode);
    }

    [Fact]
    public async Task With_an_access_token_the_track_is_behind_the_sign_in_like_the_pages()
    {
        const string token = "preview-token-0123456789abcdef";
        await using var app = new ReliabilityAppFactory(_dir.Path, new Dictionary<string, string> { ["AccessToken"] = token });
        var url = "/" + PreviewAudioEndpoints.UrlFor(new string('b', 64));
        var stranger = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var refused = await stranger.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/signin", refused.Headers.Location!.PathAndQuery);
        }
        var holder = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        holder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var allowed = await holder.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode); // past the sign-in: no such track
    }
}
