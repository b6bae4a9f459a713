using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Video;
using AnimPlatform.Web.Cli;

namespace AnimPlatform.Tests.Cli;

/// <summary>The command line's parsing (System.CommandLine): verbs, help, shared option ranges. Nothing is rendered.</summary>
[Trait("Category", TestCategory.Unit)]
public class CliParserTests
{
    private static Task<(int? Code, string Out, string Err)> Run(params string[] args) => CliHarness.RunAsync(null, args);

    [Fact]
    public async Task A_mistyped_verb_is_an_error_that_lists_the_verbs()
    {
        var (code, _, err) = await Run("lnit", "show.yaml");
        Assert.Equal(2, code);
        Assert.Contains("\"lnit\" is not a verb; the verbs are validate, lint, render, frame, duration", err);
        foreach (var verb in CliRunner.Verbs.Select(v => v.Create(new CliContext()).Name)) Assert.Contains(verb, err);
    }

    [Fact]
    public async Task Every_verb_has_its_own_help()
    {
        var names = CliRunner.CreateRoot(new CliContext()).Subcommands.Select(c => c.Name).ToList();
        Assert.Superset(new HashSet<string> { "validate", "lint", "render", "frame", "duration", "bench", "fuzz", "loadtest", "backup", "worker" }, names.ToHashSet());
        foreach (var name in names)
        {
            var (code, output, _) = await Run(name, "--help");
            Assert.Equal(0, code);
            Assert.Matches($@"Usage:\s+\S+ {name}\b", output);
            Assert.Contains("Options:", output);
        }
        var root = await Run("--help");
        Assert.Equal(0, root.Code);
        Assert.Contains("Commands:", root.Out);
    }

    [Fact]
    public async Task Render_help_lists_every_option_with_its_range_from_the_shared_limits()
    {
        var (_, output, _) = await Run("render", "--help");
        foreach (var option in new[] { "--output", "--fps", "--width", "--height", "--preset", "--crf", "--cfr", "--chunks", "--encoder", "--narrate", "--subtitles" })
            Assert.Contains(option, output);
        Assert.Contains($"{VideoLimits.Chunks.Min}–{VideoLimits.Chunks.Max}", output);
        Assert.Contains($"{VideoLimits.Fps.Min}–{VideoLimits.Fps.Max}", output);
    }

    [Theory]
    [InlineData("--fps", "61")]
    [InlineData("--fps", "0")]
    [InlineData("--crf", "52")]
    [InlineData("--chunks", "17")]
    public async Task An_out_of_range_value_is_refused_with_the_same_limit_the_api_uses(string option, string value)
    {
        var (code, _, err) = await Run("render", "missing.yaml", "-o", "out.mp4", option, value);
        Assert.Equal(2, code);
        Assert.Contains($"error: {option} must be between", err);
        if (option == "--fps")
        {
            var api = Assert.Single(RenderSettings.Check(null, null, int.Parse(value)));
            Assert.Contains(api.Message, err);
        }
    }

    [Fact]
    public async Task Cross_option_rules_are_usage_errors()
    {
        var subtitles = await Run("render", "missing.yaml", "-o", "out.mp4", "--subtitles", "burn");
        Assert.Equal(2, subtitles.Code);
        Assert.Contains("--subtitles needs --narrate", subtitles.Err);
        var width = await Run("frame", "missing.yaml", "-o", "f.png", "--at", "1", "--width", "320");
        Assert.Equal(2, width.Code);
        Assert.Contains("give --width together with --height", width.Err);
        var at = await Run("frame", "missing.yaml", "-o", "f.png", "--at", "soon");
        Assert.Equal(2, at.Code);
        Assert.Contains("--at needs a number of seconds", at.Err);
        var preset = await Run("render", "missing.yaml", "-o", "out.mp4", "--preset", "quick");
        Assert.Equal(2, preset.Code);
    }

    [Fact]
    public async Task Options_of_the_web_host_start_the_web_app()
    {
        Assert.Null((await Run()).Code);
        Assert.Null((await Run("--urls", "http://127.0.0.1:1")).Code);
        Assert.Null((await Run("--environment", "Development")).Code);
    }

    [Fact]
    public async Task Loadtest_refuses_another_machine()
    {
        var (code, _, err) = await Run("loadtest", "http://example.com:5080", "--seconds", "1");
        Assert.Equal(2, code);
        Assert.Contains("only targets this machine", err);
    }
}
