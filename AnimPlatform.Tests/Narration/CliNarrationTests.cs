using AnimPlatform.Tests.Cli;
using System.Globalization;
using AnimPlatform.Core.Narration;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Cli;

namespace AnimPlatform.Tests.Narration;

[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class CliNarrationTests
{
    private static Task<(int? Code, string Out, string Err)> Run(NarrationOptions options, params string[] args) => CliHarness.RunAsync(options, args);

    [Fact]
    public async Task Render_with_narrate_writes_the_mp4_and_srt_vtt_beside_it_and_duration_includes_the_padding()
    {
        using var dir = new TempDir();
        var options = new NarrationOptions { CacheDir = dir.File("cache") };
        var show = dir.File("show.yaml");
        File.WriteAllText(show, NarratedShowFixture.Yaml);

        var plain = await Run(options, "duration", show);
        var narrated = await Run(options, "duration", show, "--narrate");
        Assert.Equal(0, narrated.Code);
        Assert.True(double.Parse(narrated.Out.Trim(), CultureInfo.InvariantCulture) > double.Parse(plain.Out.Trim(), CultureInfo.InvariantCulture) + 1);

        var mp4 = dir.File("out.mp4");
        // --narrate in the middle must not swallow the next argument.
        var render = await Run(options, "render", show, "--narrate", "-o", mp4, "--preset", "ultrafast");
        Assert.True(render.Code == 0, render.Err);
        Assert.Contains("Narrating scene 1/3", render.Out);
        Assert.Contains("adding audio", render.Out);
        Assert.True(File.Exists(dir.File("out.srt")) && File.Exists(dir.File("out.vtt")));
        Assert.Matches(@"narration: (\d+) chunk\(s\), \1 from cache", render.Out); // spoken once by `duration --narrate`
        Assert.Contains(MediaProbe.Streams(mp4), s => s.Codec == "aac");

        var burnOnly = await Run(options, "render", show, "-o", dir.File("burn.mp4"), "--narrate", "--subtitles", "burn", "--preset", "ultrafast");
        Assert.Equal(0, burnOnly.Code);
        Assert.False(File.Exists(dir.File("burn.srt")));
    }

    [Fact]
    public async Task Usage_and_engine_errors_are_reported_not_thrown()
    {
        using var dir = new TempDir();
        var show = dir.File("show.yaml");
        File.WriteAllText(show, NarratedShowFixture.Yaml);
        var ok = new NarrationOptions { CacheDir = dir.File("cache") };
        Assert.Equal(2, (await Run(ok, "render", show, "-o", dir.File("a.mp4"), "--subtitles", "burn")).Code);
        Assert.Equal(2, (await Run(ok, "render", show, "-o", dir.File("a.mp4"), "--narrate", "--subtitles", "sideways")).Code);

        var missing = new NarrationOptions { CacheDir = dir.File("cache2"), EspeakPath = dir.File("nope") };
        var result = await Run(missing, "render", show, "-o", dir.File("b.mp4"), "--narrate");
        Assert.Equal(1, result.Code);
        Assert.Contains("espeak-ng is not installed: apt-get install -y espeak-ng", result.Err);
        Assert.Equal(0, (await Run(missing, "render", show, "-o", dir.File("c.mp4"), "--preset", "ultrafast")).Code);
    }
}
