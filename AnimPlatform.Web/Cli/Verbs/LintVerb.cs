using System.CommandLine;
using AnimPlatform.Core.Manifest.Lint;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>lint &lt;file&gt; [--min-text PX]</c>: layout checks (off-canvas, overlaps, contrast, small text …); exit 0 clean, 1 warnings, 2 unreadable.</summary>
public sealed class LintVerb : ICliVerb
{
    public int Order => 15;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var minText = new Option<int?>("--min-text")
        {
            Description = "opt-in: report visible text under this many px at 1080p, labels shrunk to fit their shape included (the lessons' rule is 18; default 14, shrunk labels exempt); 14–72",
        };
        minText.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } px && px is < 14 or > 72) result.AddError($"--min-text must be between 14 and 72 px; got {px}");
        });
        var command = new Command("lint", "layout checks (off-canvas, overlaps, contrast, small text …); exit 0 clean, 1 warnings") { file, minText };
        command.SetAction(parse =>
        {
            var options = parse.GetValue(minText) is { } px ? new LintOptions { MinTextPx = px } : null;
            return LintCommand.Run(parse.GetValue(file)!, parse.InvocationConfiguration.Output, options);
        });
        return command;
    }
}
