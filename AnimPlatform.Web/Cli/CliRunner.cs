using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// Command-line verbs of the executable, handled before the web host starts. Returns null when the
/// arguments name no verb (then the web app runs). Exit codes: 0 ok, 1 invalid input or failure, 2 usage/unreadable.
/// </summary>
public static class CliRunner
{
    private const string Usage = """
        usage:
          validate <file>                          check a manifest or show; exit 0 valid, 1 invalid, 2 unreadable
          lint <file>                              layout checks (off-canvas, overlaps, contrast, small text …); exit 0 clean, 1 warnings
          render <file> -o <out.mp4> [--fps N] [--width W --height H] [--preset P] [--crf N] [--cfr] [--encoder libx264|auto|NAME]
                 [--narrate [--subtitles burn|file|both|none]]   speak each scene's narration; subtitles default: both
          frame <file> --at <seconds> -o <out.png> [--width W --height H] [--narrate [--subtitles burn|none]]
          duration <file> [--narrate]              computed video length in seconds (with narration: padding included)
          bench <file> [--show <show.yaml>] [--preset P] [--soak N] [--quick] [--json]   speed and memory figures (floor, breakdown, heavy scene, 4K RSS, soak, SSIM)
          bench <show> --workers 1,2 [--width W --height H]   distributed render with 1, 2, … worker processes (needs DATABASE_URL)
          worker                                   a render worker of distributed mode (JOB_STORE=postgres, DATABASE_URL)
          fuzz <examples-dir> [--cases N] [--seed S]                mutated manifests through the whole pipeline
          backup <out.db> [--database PATH]        consistent copy of the job database (safe while the app runs); default DATABASE_PATH
          loadtest [URL] [--submissions 200] [--pollers 20] [--seconds 20] [--interval-ms 100] [--wait S] [--token T]
                                                   load a running server on this machine (default http://127.0.0.1:5080)
        """;

    public static readonly IReadOnlySet<string> Verbs = new HashSet<string> { "validate", "lint", "render", "frame", "duration", "bench", "fuzz", "loadtest", "backup" };

    /// <summary>Options that take no value: moved to the end so they never swallow the next argument as their value.</summary>
    private static readonly IReadOnlySet<string> Switches = new HashSet<string> { "--narrate", "--cfr" };

    /// <param name="narrationOptions">Speech settings; null reads them from the environment (TTS_ENGINE, ESPEAK_VOICE, …).</param>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null,
        CancellationToken cancellationToken = default, NarrationOptions? narrationOptions = null)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return null;
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        try
        {
            var rest = args.Skip(1).ToList();
            var cli = new CliArguments(rest.Where(a => !Switches.Contains(a)).Concat(rest.Where(Switches.Contains)));
            if (args[0] == "loadtest") return await LoadTest.LoadTestCommand.RunAsync(cli, output, cancellationToken);
            var narration = NarrationChoice(cli, args[0]);
            if (cli.Positional.Count != 1) throw new CliUsageException($"{args[0]} needs exactly one file");
            if (args[0] == "bench") return await Bench.BenchCommand.RunAsync(cli, output, cancellationToken);
            if (args[0] == "fuzz") return await Fuzz.FuzzCommand.RunAsync(cli, output, cancellationToken);
            if (args[0] == "backup") return await BackupCommand.RunAsync(cli, output, errors, cancellationToken);
            return args[0] switch
            {
                "validate" => Validate(cli.Positional[0], output),
                "lint" => Core.Manifest.Lint.LintCommand.Run(cli.Positional[0], output),
                "duration" => await DurationAsync(cli.Positional[0], narration, narrationOptions, output, errors, cancellationToken),
                "frame" => await FrameAsync(cli, narration, narrationOptions, output, errors, cancellationToken),
                "render" => await RenderAsync(cli, narration, narrationOptions, output, errors, cancellationToken),
                _ => 2,
            };
        }
        catch (CliUsageException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}\n{Usage}");
            return 2;
        }
        catch (NarrationException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>--narrate and --subtitles: off unless --narrate; subtitles "both" by default when narrating.</summary>
    private static NarrationRequest NarrationChoice(CliArguments cli, string verb)
    {
        var subtitles = cli.Get("subtitles");
        if (!cli.Has("narrate"))
        {
            if (subtitles is not null) throw new CliUsageException("--subtitles needs --narrate (cues are timed by the speech)");
            return NarrationRequest.Off;
        }
        if (verb is "validate" or "lint" or "bench") throw new CliUsageException($"{verb} does not take --narrate");
        var mode = subtitles is null ? SubtitleMode.Both
            : SubtitleModes.Parse(subtitles) ?? throw new CliUsageException($"--subtitles must be burn, file, both or none, got \"{subtitles}\"");
        return NarrationRequest.On(mode);
    }

    /// <summary>Narration plan + compile (synthesis is cached); prints what the narration cost.</summary>
    private static async Task<NarratedShow> PrepareAsync(ShowDocument show, NarrationRequest request, NarrationOptions? options,
        TextWriter output, CancellationToken token)
    {
        if (!request.Narrate) return NarratedShow.Silent(show);
        var renderer = NarratedVideoRenderer.Create(options ?? NarrationOptions.FromEnvironment());
        var lastLabel = "";
        var progress = new SynchronousProgress<RenderStageProgress>(p =>
        {
            if (p.Label == lastLabel) return;
            lastLabel = p.Label;
            output.WriteLine(p.Label);
        });
        var prepared = await renderer.PrepareAsync(show, request, progress, token);
        if (prepared.Plan is { } plan) output.WriteLine($"narration: {plan.Stats}");
        return prepared;
    }

    /// <summary>Loads and reports; null when the file can't be read at all (exit 2).</summary>
    private static PreparedDocument? Load(string path, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            errors.WriteLine($"error: file not found: {path}");
            return null;
        }
        var doc = ManifestPipeline.LoadFile(path);
        if (doc.Diagnostics.Any(d => d.IsError && d.Path == ""))
        {
            foreach (var d in doc.Errors) errors.WriteLine(d);
            return null;
        }
        return doc;
    }

    private static int Validate(string path, TextWriter output)
    {
        var doc = Load(path, output);
        if (doc is null) return 2;
        foreach (var d in doc.Diagnostics) output.WriteLine(d);
        var errors = doc.Errors.Count();
        var warnings = doc.Warnings.Count();
        if (errors > 0)
        {
            output.WriteLine($"invalid: {errors} error(s), {warnings} warning(s)");
            return 1;
        }
        var sceneSeconds = doc.Show.Duration - ShowDocument.TrailingHoldSeconds;
        output.WriteLine($"valid: {doc.Show.Scenes.Count} scene(s), {warnings} warning(s)");
        if (sceneSeconds > 0) output.WriteLine($"Estimated duration: {sceneSeconds:0.0}s");
        return 0;
    }

    private static async Task<int> DurationAsync(string path, NarrationRequest narration, NarrationOptions? options,
        TextWriter output, TextWriter errors, CancellationToken token)
    {
        var doc = Load(path, errors);
        if (doc is null) return 2;
        if (!narration.Narrate)
        {
            output.WriteLine(doc.Show.Duration.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
            return ReportErrors(doc, errors) ? 1 : 0;
        }
        if (ReportErrors(doc, errors)) return 1;
        // The narration's progress lines go to stderr so stdout stays the bare number.
        var prepared = await PrepareAsync(doc.Show, narration, options, errors, token);
        foreach (var w in prepared.Plan?.Warnings ?? []) await errors.WriteLineAsync(w.ToString());
        output.WriteLine(prepared.Duration.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<int> FrameAsync(CliArguments cli, NarrationRequest narration, NarrationOptions? options,
        TextWriter output, TextWriter errors, CancellationToken token)
    {
        var outPath = cli.Get("o", "out", "output") ?? throw new CliUsageException("frame needs -o <out.png>");
        var at = cli.Double("at") ?? throw new CliUsageException("frame needs --at <seconds>");
        var doc = Load(cli.Positional[0], errors);
        if (doc is null) return 2;
        if (ReportErrors(doc, errors)) return 1;
        var show = narration.Narrate
            ? (await PrepareAsync(doc.Show, narration, options, errors, token)).Compiled
            : ShowCompiler.Compile(doc.Show);
        using var source = new FrameSource(show, doc.Show.Scenes.Count > 0 ? 30 : 30, cli.Int("width"), cli.Int("height"));
        source.RenderAt(Math.Clamp(at, 0, show.Duration));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        File.WriteAllBytes(outPath, source.EncodePng());
        output.WriteLine($"wrote {outPath} ({source.Width}x{source.Height}, t={at:0.###}s)");
        return 0;
    }

    private static async Task<int> RenderAsync(CliArguments cli, NarrationRequest narration, NarrationOptions? narrationOptions,
        TextWriter output, TextWriter errors, CancellationToken token)
    {
        var outPath = cli.Get("o", "out", "output") ?? throw new CliUsageException("render needs -o <out.mp4>");
        var options = new VideoOptions
        {
            Fps = cli.Int("fps") ?? 30,
            Preset = cli.Get("preset") ?? "veryfast",
            Width = cli.Int("width"),
            Height = cli.Int("height"),
            ConstantFrameRate = cli.Has("cfr"),
            Crf = cli.Int("crf") ?? 23,
            Encoder = cli.Get("encoder") ?? "libx264",
            Chunks = cli.Int("chunks") ?? VideoOptions.DefaultChunks,
        };
        if (options.Chunks is < 1 or > 16) throw new CliUsageException("--chunks must be between 1 and 16");
        if (options.Crf is < 0 or > 51) throw new CliUsageException("--crf must be between 0 (lossless) and 51");
        if (options.Fps is < 1 or > 120) throw new CliUsageException("--fps must be between 1 and 120");
        if (!VideoOptions.Presets.Contains(options.Preset)) throw new CliUsageException($"--preset must be one of {string.Join(", ", VideoOptions.Presets)}");
        if (options.Width is < 16 or > 7680 || options.Height is < 16 or > 4320) throw new CliUsageException("--width/--height out of range");

        var doc = Load(cli.Positional[0], errors);
        if (doc is null) return 2;
        if (ReportErrors(doc, errors)) return 1;
        foreach (var w in doc.Warnings) await errors.WriteLineAsync(w.ToString());
        var prepared = await PrepareAsync(doc.Show, narration, narrationOptions, output, token);
        var show = prepared.Compiled;
        foreach (var w in prepared.Warnings.Take(50)) await errors.WriteLineAsync(w.ToString());
        var started = System.Diagnostics.Stopwatch.StartNew();
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
        NarratedRenderResult result;
        try
        {
            result = await NarratedVideoRenderer.EncodeAsync(prepared, outPath, options, progress, token);
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

    private static bool ReportErrors(PreparedDocument doc, TextWriter errors)
    {
        if (doc.IsValid) return false;
        foreach (var d in doc.Errors) errors.WriteLine(d);
        errors.WriteLine($"invalid: {doc.Errors.Count()} error(s) — nothing rendered");
        return true;
    }
}
