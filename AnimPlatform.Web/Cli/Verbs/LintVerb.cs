using System.CommandLine;
using AnimPlatform.Core.Manifest.Lint;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>lint &lt;file&gt;</c>: layout checks (off-canvas, overlaps, contrast, small text …); exit 0 clean, 1 warnings, 2 unreadable.</summary>
public sealed class LintVerb : ICliVerb
{
    public int Order => 15;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var command = new Command("lint", "layout checks (off-canvas, overlaps, contrast, small text …); exit 0 clean, 1 warnings") { file };
        command.SetAction(parse => LintCommand.Run(parse.GetValue(file)!, parse.InvocationConfiguration.Output));
        return command;
    }
}
