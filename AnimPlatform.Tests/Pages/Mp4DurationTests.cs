using AnimPlatform.Web.Jobs;

namespace AnimPlatform.Tests.Pages;

/// <summary>The job page's length comes from the MP4's movie header, not from running the manifest pipeline again.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class Mp4DurationTests
{
    [Theory]
    [InlineData(0, 2.0)]
    [InlineData(0, 73.6)]
    [InlineData(1, 3600.5)]
    public void Reads_the_movie_header_after_other_boxes(int version, double seconds)
    {
        using var file = new MemoryStream(PageTestContext.Mp4WithLength(seconds, version));
        Assert.Equal(seconds, Mp4Duration.Read(file)!.Value, 3);
    }

    [Fact]
    public void A_file_without_a_readable_header_has_no_length()
    {
        var whole = PageTestContext.Mp4WithLength(2);
        using var truncated = new MemoryStream(whole[..^40]);
        Assert.Null(Mp4Duration.Read(truncated));
        using var text = new MemoryStream("video"u8.ToArray());
        Assert.Null(Mp4Duration.Read(text));
        Assert.Null(Mp4Duration.Read(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.mp4")));
    }
}
