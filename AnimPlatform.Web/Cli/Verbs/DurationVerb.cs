using System.CommandLine;
using System.Globalization;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>duration &lt;file&gt; [--narrate]</c>: the video length in seconds (with narration: its pauses included).</summary>
public sealed class DurationVerb : ICliVerb
{
    public int Order => 40;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var narrate = CliOptions.Narrate();
        var command = new Command("duration", "computed video length in seconds (timeline + transitions + final hold; with --narrate, its pauses)")
        {
            file, narrate,
        };
        command.SetAction(async (parse, token) =>
        {
            var (output, errors) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var doc = CliDocuments.Load(parse.GetValue(file)!, errors);
            if (doc is null) return 2;
            if (!parse.GetValue(narrate))
            {
                output.WriteLine(doc.Show.Duration.ToString("0.###", CultureInfo.InvariantCulture));
                return CliDocuments.ReportErrors(doc, errors) ? 1 : 0;
            }
            if (CliDocuments.ReportErrors(doc, errors)) return 1;
            // The narration's progress lines go to stderr so stdout stays the bare number.
            var prepared = await CliDocuments.PrepareAsync(context, doc.Show, NarrationRequest.On(SubtitleMode.Both), errors, token);
            foreach (var w in prepared.Plan?.Warnings ?? []) await errors.WriteLineAsync(w.ToString());
            output.WriteLine(prepared.Duration.ToString("0.###", CultureInfo.InvariantCulture));
            return 0;
        });
        return command;
    }
}
