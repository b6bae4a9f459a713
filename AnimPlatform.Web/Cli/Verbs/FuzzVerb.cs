using System.CommandLine;
using AnimPlatform.Core.Video;
using AnimPlatform.Tools.Fuzz;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>fuzz &lt;examples-dir&gt;</c>: mutated manifests through the whole pipeline (AnimPlatform.Tools).</summary>
public sealed class FuzzVerb : ICliVerb
{
    public int Order => 60;

    public Command Create(CliContext context)
    {
        var dir = new Argument<string>("examples-dir") { Description = "the folder of example manifests to mutate" };
        var cases = CliOptions.Number("--cases", "mutated manifests to try", FuzzCommand.DefaultCases, new IntRange("cases", 1, 10_000_000));
        var seed = CliOptions.Number("--seed", "the first case's seed", 1, new IntRange("seed", 0, int.MaxValue));
        var command = new Command("fuzz", "structure-aware mutations of real manifests through validate, duration, compile, frames and MP4s")
        {
            dir, cases, seed,
        };
        command.SetAction((parse, token) => FuzzCommand.RunAsync(parse.GetValue(dir)!, parse.GetValue(cases), parse.GetValue(seed),
            parse.InvocationConfiguration.Output, token));
        return command;
    }
}
