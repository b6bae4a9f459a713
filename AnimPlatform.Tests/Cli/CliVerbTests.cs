using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Cli;
using SkiaSharp;

namespace AnimPlatform.Tests.Cli;

/// <summary>The CLI verbs end to end, through the same entry point as the executable.</summary>
[Trait("Category", TestCategory.Integration)]
public class CliVerbTests
{
    private static readonly string Bubble = Path.Combine(TestPaths.ExamplesDir, "bubble-sort-test.yaml");

    private static Task<(int? Code, string Out, string Err)> Run(params string[] args) => CliHarness.RunAsync(null, args);

    [Fact]
    public async Task Validate_exit_codes()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.yaml");
        File.WriteAllText(bad, "meta: { canvas: { width: 10, height: 10 } }\nobjects: []\ntimeline: [{ action: fade-in, target: x, duration: 1s }]");
        var broken = dir.File("broken.yaml");
        File.WriteAllText(broken, "meta: [\n");

        var ok = await Run("validate", Bubble);
        Assert.Equal(0, ok.Code);
        Assert.Contains("valid", ok.Out);
        Assert.Contains("Estimated duration: 32.0s", ok.Out);

        var invalid = await Run("validate", bad);
        Assert.Equal(1, invalid.Code);
        Assert.Contains("meta.title", invalid.Out);
        Assert.Contains("timeline[0].target", invalid.Out);

        Assert.Equal(2, (await Run("validate", broken)).Code);
        Assert.Equal(2, (await Run("validate", dir.File("missing.yaml"))).Code);
        Assert.Equal(2, (await Run("validate")).Code);
    }

    [Fact]
    public async Task Validate_prints_the_renderers_warnings_of_a_valid_file()
    {
        using var dir = new TempDir();
        var file = dir.File("missing-node.yaml");
        File.WriteAllText(file, Api.ApiInputTests.MissingNodeManifest);
        var result = await Run("validate", file);
        Assert.Equal(0, result.Code); // warnings do not make a file invalid
        Assert.Contains("warning: timeline[1]: highlight-node: node \"Z\" not found in \"g\"", result.Out);
        Assert.Contains("warning: timeline[2]:", result.Out);
        Assert.Contains("valid: 1 scene(s), 2 warning(s)", result.Out);
    }

    [Fact]
    public async Task Generate_writes_a_valid_show_from_a_prompt_and_refuses_an_unknown_topic_with_the_closest_ones()
    {
        using var dir = new TempDir();
        var file = dir.File("quick.json");
        var made = await Run("generate", "quick sort 5 3 8 1", "-o", file, "--mode", "builtin");
        Assert.Equal(0, made.Code);
        Assert.Contains("(quick-sort), input: [5, 3, 8, 1]", made.Err);
        var doc = Core.Manifest.ManifestPipeline.LoadFile(file);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Assert.Equal(0, (await Run("validate", file)).Code);

        var stdout = await Run("generate", "bfs", "from", "A", "on", "A-B", "B-C", "--seed", "7");
        Assert.Equal(0, stdout.Code);
        Assert.True(Core.Manifest.ManifestPipeline.LoadText(stdout.Out).IsValid);

        var refused = await Run("generate", "--mode", "builtin", "show me a frobnicator");
        Assert.Equal(1, refused.Code);
        Assert.Contains("No built-in lesson matches", refused.Err);
        Assert.Contains("Closest topics:", refused.Err);
    }

    [Fact]
    public async Task Duration_prints_the_computed_length()
    {
        var result = await Run("duration", Bubble);
        Assert.Equal(0, result.Code);
        Assert.Equal("32.5", result.Out.Trim());
    }

    [Fact]
    public async Task Frame_writes_a_png_of_the_canvas_size()
    {
        using var dir = new TempDir();
        var png = dir.File("f.png");
        var result = await Run("frame", Bubble, "--at", "13.5", "-o", png);
        Assert.Equal(0, result.Code);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1920, 1080), (bitmap.Width, bitmap.Height));
        Assert.Equal(2, (await Run("frame", Bubble, "-o", png)).Code); // --at missing
    }

    [Fact]
    public async Task Render_writes_an_mp4_and_reports_progress()
    {
        using var dir = new TempDir();
        var mp4 = dir.File("v.mp4");
        var result = await Run("render", Path.Combine(TestPaths.ExamplesDir, "stack-dynamic.yaml"), "-o", mp4,
            "--width", "320", "--height", "180", "--fps", "15", "--preset", "ultrafast", "--cfr");
        Assert.Equal(0, result.Code);
        Assert.Contains("100%", result.Out);
        var info = FfprobeInfo.Read(mp4);
        Assert.Equal((320, 180, 15.0), (info.Width, info.Height, info.FrameRate));
        Assert.Equal(207, info.Frames); // ceil(13.8 × 15)
        Assert.Equal(2, (await Run("render", Bubble, "-o", mp4, "--preset", "warp")).Code);
    }
}
