using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 10: BOM accepted everywhere, lone surrogates and multi-document YAML refused with a path.</summary>
[Collection(JobsHostCollection.Name)]
[Trait("Category", TestCategory.Integration)]
public sealed class EncodingTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private JobsAppFactory _app = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _app = new JobsAppFactory(_dir.Path);
        _http = _app.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public void ByteOrderMarkIsIgnoredInTextAndFiles()
    {
        var text = "\uFEFF" + TestManifests.Tiny();
        Assert.DoesNotContain(ManifestPipeline.LoadText(text).Diagnostics, d => d.IsError);
        var file = _dir.File("bom.yaml");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TestManifests.Tiny())]);
        Assert.DoesNotContain(ManifestPipeline.LoadFile(file).Diagnostics, d => d.IsError);
        var json = "\uFEFF" + HardeningManifests.Scene().ToJsonString();
        Assert.DoesNotContain(ManifestPipeline.LoadText(json).Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("text/yaml", false)]
    [InlineData("application/json", true)]
    public async Task ApiAcceptsABodyStartingWithAByteOrderMark(string contentType, bool json)
    {
        var body = json ? HardeningManifests.Scene().ToJsonString() : TestManifests.Tiny();
        var bytes = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body)]);
        bytes.Headers.ContentType = new(contentType);
        using var response = await _http.PostAsync("/api/v1/validate", bytes);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("valid").GetBoolean(), text);
    }

    [Theory]
    [InlineData("x\\ud800y")]
    [InlineData("x\\udc00y")]
    [InlineData("\\ud800\\ud800")]
    public void EscapedLoneSurrogateInJsonGetsAPathAndACleanMessage(string escaped)
    {
        var json = HardeningManifests.Scene().ToJsonString().Replace("\"title\":\"t\"", "\"title\":\"" + escaped + "\"");
        var d = Assert.Single(ManifestPipeline.LoadText(json).Diagnostics, x => x.IsError);
        Assert.Equal("meta.title", d.Path);
        Assert.Contains("unpaired UTF-16 surrogate", d.Message);
    }

    [Fact]
    public void EscapedLoneSurrogateInYamlNamesItsLine()
    {
        var yaml = TestManifests.Tiny().Replace("content: hello", "content: \"a\\ud800\"");
        var d = Assert.Single(ManifestPipeline.LoadText(yaml).Diagnostics, x => x.IsError);
        Assert.StartsWith("YAML syntax error (line 7,", d.Message);
        Assert.Contains("surrogate", d.Message);
    }

    [Fact]
    public void RawLoneSurrogateInTextNamesItsLine()
    {
        var yaml = TestManifests.Tiny().Replace("content: hello", "content: a\ud800");
        var d = Assert.Single(ManifestPipeline.LoadText(yaml).Diagnostics, x => x.IsError);
        Assert.Contains("line 7, column 15", d.Message);
        Assert.Contains("surrogate", d.Message);
    }

    [Fact]
    public async Task ApiReportsALoneSurrogateInAnObjectBodyAtItsPath()
    {
        var json = HardeningManifests.Scene().ToJsonString().Replace("\"title\":\"t\"", "\"title\":\"\\udc00\"");
        using var response = await _http.PostAsync("/api/v1/validate", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, text);
        Assert.Contains("meta.title", text);
        Assert.Contains("unpaired UTF-16 surrogate", text);
        Assert.DoesNotContain("could not be checked", text);
    }

    [Fact]
    public void RequestCheckReportsLoneSurrogatesInADocumentAtTheirPath()
    {
        var doc = JsonNode.Parse(HardeningManifests.Scene().ToJsonString().Replace("\"title\":\"t\"", "\"title\":\"\\ud800\""));
        var check = RenderRequestCheck.Check(new RenderRequest { Document = doc });
        Assert.Contains(check.Diagnostics, d => d.IsError && d.Path == "meta.title");
    }

    [Fact]
    public void MultiDocumentYamlIsAnErrorWithAPathAndLine()
    {
        var yaml = TestManifests.Tiny() + "\n---\n" + TestManifests.Tiny("second");
        var d = Assert.Single(ManifestPipeline.LoadText(yaml).Diagnostics, x => x.IsError);
        Assert.Equal("document[1]", d.Path);
        Assert.Contains("second YAML document", d.Message);
        Assert.Contains("line", d.Message);
        // A single document with an explicit start and end marker stays fine.
        Assert.DoesNotContain(ManifestPipeline.LoadText("---\n" + TestManifests.Tiny() + "\n...\n").Diagnostics, x => x.IsError);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
