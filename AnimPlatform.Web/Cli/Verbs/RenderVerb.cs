using AnimPlatform.Core.Pipeline;
using System.CommandLine;
using System.Diagnostics;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>render &lt;file&gt; -o out.mp4 [options]</c>: the MP4 (H.264, yuv420p, +faststart), printing progress.</summary>
public sealed class RenderVerb : ICliVerb
{
    public int Order => 20;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var output = CliOptions.Output("the MP4 to write");
        var fps = CliOptions.Fps();
        var width = CliOptions.Width();
        var height = CliOptions.Height();
        var preset = CliOptions.Preset();
        var crf = CliOptions.Crf();
        var chunks = CliOptions.Chunks();
        var cfr = new Option<bool>("--cfr") { Description = "constant frame rate: encode every frame (default: only frames that change)" };
        var encoder = new Option<string>("--encoder")
        {
            Description = "libx264 (default), auto (a working hardware H.264 encoder, else libx264) or an ffmpeg encoder name",
            DefaultValueFactory = _ => EncoderSelector.Software,
        };
        var narrate = CliOptions.Narrate();
        var subtitles = CliOptions.Subtitles(SubtitleMode.Both, SubtitleMode.Burn, SubtitleMode.File, SubtitleMode.None);
        var command = new Command("render", "render a manifest or show to an MP4, printing progress")
        {
            file, output, fps, width, height, preset, crf, cfr, chunks, encoder, narrate, subtitles,
        };
        CliOptions.RequireTogether(command, width, height);
        CliOptions.SubtitlesNeedNarrate(command, narrate, subtitles);
        command.SetAction(async (parse, token) =>
        {
            FfmpegVersionCheck.Start(); // FFMpegCore's one-off `ffmpeg -version`, overlapped with loading and compiling
            var options = new VideoOptions
            {
                Fps = parse.GetValue(fps) ?? VideoLimits.DefaultFps,
                Preset = parse.GetValue(preset)!,
                Width = parse.GetValue(width),
                Height = parse.GetValue(height),
                ConstantFrameRate = parse.GetValue(cfr),
                Crf = parse.GetValue(crf) ?? 23,
                Encoder = parse.GetValue(encoder)!,
                Chunks = parse.GetValue(chunks) ?? VideoOptions.DefaultChunks,
            };
            return await RunAsync(context, parse.GetValue(file)!, parse.GetValue(output)!, options,
                CliOptions.Narration(parse, narrate, subtitles), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, string outPath, VideoOptions options, NarrationRequest narration,
        TextWriter output, TextWriter errors, CancellationToken token)
    {
        var doc = CliDocuments.Load(path, errors);
        if (doc is null) return 2;
        if (CliDocuments.ReportErrors(doc, errors)) return 1;
        foreach (var w in doc.Warnings) await errors.WriteLineAsync(w.ToString());
        var prepared = await CliDocuments.PrepareAsync(context, doc.Show, narration, output, token);
        foreach (var w in prepared.Warnings.Take(50)) await errors.WriteLineAsync(w.ToString());
        var started = Stopwatch.StartNew();
        var lastPercent = -1;
        var stage = RenderStage.Narrating;
        var progress = new SynchronousProgress<RenderStageProgress>(p =>
        {
            if (p.Frames is not { } f)
            {
                if (p.Stage != stage) output.WriteLine(p.Label.ToLowerInvariant());
                stage = p.Stage;
                return;
            }
            stage = p.Stage;
            var pct = (int)f.Percent;
            if (pct / 5 == lastPercent / 5 && f.FramesDone != f.TotalFrames) return;
            lastPercent = pct;
            output.WriteLine($"rendering {f.FramesDone}/{f.TotalFrames} frames ({pct}%)");
        });
        RenderedVideo result;
        try
        {
            result = await VideoPipeline.EncodeAsync(prepared, outPath, options, progress, token);
        }
        catch (VideoEncodingException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        var audio = result.HasAudio ? ", with narration" : "";
        output.WriteLine($"wrote {outPath}: {result.Frames} frames, {result.Duration:0.###}s{audio}, in {started.Elapsed.TotalSeconds:0.0}s");
        if (result.SrtPath is not null) output.WriteLine($"wrote {result.SrtPath} and {result.VttPath} ({result.Cues.Count} cues)");
        return 0;
    }
}
