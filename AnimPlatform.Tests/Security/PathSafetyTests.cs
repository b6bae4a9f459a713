using System.Net;
using System.Text;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Tests.Reliability;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Security;

/// <summary>Shows reach no file outside their folder; downloads go by job id, never by path.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class PathSafetyTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private ReliabilityAppFactory _app = null!;

    private const string ShowWithFile = """
        meta:
          title: escape
          canvas: { width: 320, height: 180 }
        scenes:
          - file: "../../etc/passwd"
        """;

    public Task InitializeAsync()
    {
        _app = new ReliabilityAppFactory(_dir.Path);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("scenes/../../../etc/passwd")]
    public void A_show_file_referencing_a_scene_outside_its_folder_is_a_validation_error(string scene)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "shows", "deep")).FullName;
        var show = Path.Combine(folder, "show.yaml");
        File.WriteAllText(show, ShowWithFile.Replace("../../etc/passwd", scene));
        var document = ManifestPipeline.LoadFile(show);
        var error = Assert.Single(document.Errors, e => e.Path == "scenes[0].file");
        Assert.Contains("outside the show's folder", error.Message);
    }

    [Fact]
    public async Task A_pasted_show_referencing_a_scene_file_is_refused_with_the_path_of_the_entry()
    {
        using var response = await _app.CreateClient().PostAsync("/api/v1/render", new StringContent(ShowWithFile, Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("scenes[0].file", body);
        Assert.DoesNotContain("root:", body); // nothing of the file was read
    }

    [Theory]
    [InlineData("/api/v1/jobs/..%2F..%2Fetc%2Fpasswd/video")]
    [InlineData("/api/v1/jobs/%2Fetc%2Fpasswd/poster")]
    [InlineData("/api/download/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/jobs/../../etc/passwd/video")]
    public async Task Downloads_only_go_by_job_id(string path)
    {
        using var response = await _app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
