using System.CommandLine;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>frame &lt;file&gt; --at S -o out.png</c>: the single frame at a time, as a PNG.</summary>
public sealed class FrameVerb : ICliVerb
{
    public int Order => 30;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var at = CliOptions.Seconds("--at", "the time of the frame, in seconds (13.5 or 13.5s)");
        var output = CliOptions.Output("the PNG to write");
        var width = CliOptions.Width();
        var height = CliOptions.Height();
        var narrate = CliOptions.Narrate();
        var subtitles = CliOptions.Subtitles(SubtitleMode.Burn, SubtitleMode.None);
        var command = new Command("frame", "render the single frame at a time to a PNG") { file, at, output, width, height, narrate, subtitles };
        CliOptions.RequireTogether(command, width, height);
        CliOptions.SubtitlesNeedNarrate(command, narrate, subtitles);
        command.SetAction(async (parse, token) =>
        {
            var (stdout, errors) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var doc = CliDocuments.Load(parse.GetValue(file)!, errors);
            if (doc is null) return 2;
            if (CliDocuments.ReportErrors(doc, errors)) return 1;
            var narration = CliOptions.Narration(parse, narrate, subtitles);
            var show = narration.Narrate
                ? (await CliDocuments.PrepareAsync(context, doc.Show, narration, errors, token)).Compiled
                : ShowCompiler.Compile(doc.Show);
            var seconds = parse.GetValue(at);
            var outPath = parse.GetValue(output)!;
            using var source = new FrameSource(show, VideoLimits.DefaultFps, parse.GetValue(width), parse.GetValue(height));
            source.RenderAt(Math.Clamp(seconds, 0, show.Duration));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await File.WriteAllBytesAsync(outPath, source.EncodePng(), token);
            stdout.WriteLine($"wrote {outPath} ({source.Width}x{source.Height}, t={seconds:0.###}s)");
            return 0;
        });
        return command;
    }
}
