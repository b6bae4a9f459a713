using System.CommandLine;
using AnimPlatform.Core.Video;
using AnimPlatform.Tools.Bench;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>bench &lt;file&gt;</c>: speed and memory figures, measured by AnimPlatform.Tools.</summary>
public sealed class BenchVerb : ICliVerb
{
    public int Order => 50;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File("the manifest to measure (e.g. the BFS example)");
        var show = new Option<string?>("--show") { Description = "also time a multi-scene show with transitions" };
        var preset = CliOptions.Preset();
        var soak = CliOptions.Number("--soak", "renders of the soak test (memory growth)", 200, new IntRange("soak", 0, 100_000));
        var quick = new Option<bool>("--quick") { Description = "1080p only" };
        var ratio = CliOptions.Number("--ratio", "only the 1080p floor, render, ratio and breakdown, this many times, with their medians (0 = the full bench)", 0,
            new IntRange("ratio", 0, 20));
        var json = new Option<bool>("--json") { Description = "print the figures as JSON" };
        var workers = new Option<string?>("--workers") { Description = "distributed mode: render the show with 1, 2, … worker processes (e.g. 1,2; needs DATABASE_URL)" };
        var width = CliOptions.Width();
        var height = CliOptions.Height();
        var command = new Command("bench", "speed and memory figures (floor, breakdown, heavy scene, 4K RSS, soak, SSIM)")
        {
            file, show, preset, soak, quick, json, workers, width, height, ratio,
        };
        command.SetAction((parse, token) => parse.GetValue(workers) is { } counts
            ? Distributed.DistributedBench.RunAsync(Path.GetFullPath(parse.GetValue(file)!), counts, parse.GetValue(width) ?? 640, parse.GetValue(height) ?? 360,
                parse.InvocationConfiguration.Output, token)
            : BenchCommand.RunAsync(
            new BenchCommand.Settings(parse.GetValue(file)!, parse.GetValue(show), parse.GetValue(preset)!, parse.GetValue(json),
                parse.GetValue(quick), parse.GetValue(soak), parse.GetValue(ratio)),
            parse.InvocationConfiguration.Output, token));
        return command;
    }
}
