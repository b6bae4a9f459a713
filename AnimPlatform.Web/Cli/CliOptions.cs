using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// The options several verbs share, each defined once; number ranges come from <see cref="VideoLimits"/>, the
/// same definitions the API and the encoder check.
/// </summary>
public static class CliOptions
{
    public static Argument<string> File(string description = "the manifest (YAML or JSON) or show file") =>
        new("file") { Description = description };

    public static Option<string> Output(string description) =>
        new("--output", "-o", "--out") { Description = description, Required = true };

    public static Option<int?> Width() => InRange(VideoLimits.Width, "output width in pixels (default: the canvas); with --height");
    public static Option<int?> Height() => InRange(VideoLimits.Height, "output height in pixels (default: the canvas); with --width");
    public static Option<int?> Fps() => InRange(VideoLimits.Fps, "frames per second (default 30)");
    public static Option<int?> Crf() => InRange(VideoLimits.Crf, "x264 quality: 0 lossless … 51 worst (default 23)");
    public static Option<int?> Chunks() => InRange(VideoLimits.Chunks, "frame ranges encoded in parallel and joined (default: 1 on 2 cores)");

    public static Option<string> Preset() =>
        new Option<string>("--preset") { Description = "libx264 preset", DefaultValueFactory = _ => "veryfast" }
            .AcceptOnlyFromAmong([.. VideoOptions.Presets]);

    public static Option<bool> Narrate() => new("--narrate") { Description = "speak each scene's narration (espeak-ng, or TTS_ENGINE=openai)" };

    public static Option<string?> Subtitles(params SubtitleMode[] allowed) =>
        new Option<string?>("--subtitles") { Description = $"with --narrate: {string.Join(", ", allowed.Select(Name))} (default {Name(allowed[0])})" }
            .AcceptOnlyFromAmong([.. allowed.Select(Name)]);

    /// <summary>Seconds, with an optional "s" (<c>13.5</c> or <c>13.5s</c>).</summary>
    public static Option<double> Seconds(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text.TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                return value;
            result.AddError($"{name} needs a number of seconds, got \"{text}\"");
            return 0;
        },
    };

    /// <summary>--width and --height come together.</summary>
    public static void RequireTogether(Command command, Option<int?> width, Option<int?> height) =>
        command.Validators.Add(result =>
        {
            if ((result.GetResult(width) is null) != (result.GetResult(height) is null))
                result.AddError("give --width together with --height");
        });

    /// <summary>--subtitles only with --narrate; the chosen mode (or the first allowed one) when narrating.</summary>
    public static NarrationRequest Narration(ParseResult parse, Option<bool> narrate, Option<string?> subtitles)
    {
        if (!parse.GetValue(narrate)) return NarrationRequest.Off;
        var mode = parse.GetValue(subtitles) is { } text ? SubtitleModes.Parse(text)!.Value : SubtitleMode.Both;
        return NarrationRequest.On(mode);
    }

    public static void SubtitlesNeedNarrate(Command command, Option<bool> narrate, Option<string?> subtitles) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(subtitles) is not null && !result.GetValue(narrate))
                result.AddError("--subtitles needs --narrate (cues are timed by the speech)");
        });

    /// <summary>A whole-number option with a default and a range (tools' counts and durations).</summary>
    public static Option<int> Number(string name, string description, int defaultValue, IntRange range)
    {
        var option = new Option<int>(name) { Description = $"{description} (default {defaultValue}; {range.Min}–{range.Max})", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (range.Problem(result.GetValueOrDefault<int>()) is { } problem) result.AddError("--" + problem);
        });
        return option;
    }

    private static Option<int?> InRange(IntRange range, string description)
    {
        var option = new Option<int?>("--" + range.Name) { Description = $"{description}; {range.Min}–{range.Max}" };
        option.Validators.Add(result =>
        {
            if (range.Problem(result.GetValueOrDefault<int?>()) is { } problem) result.AddError("--" + problem);
        });
        return option;
    }

    private static string Name(SubtitleMode mode) => mode.ToString().ToLowerInvariant();
}
