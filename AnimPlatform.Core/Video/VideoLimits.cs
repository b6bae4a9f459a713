using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Video;

/// <summary>An inclusive range of whole numbers with the name a message uses for it.</summary>
public sealed record IntRange(string Name, int Min, int Max, string? Note = null)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>"fps must be between 1 and 60"; null when <paramref name="value"/> is absent or inside.</summary>
    public string? Problem(int? value) =>
        value is { } v && !Contains(v) ? $"{Name} must be between {Min} and {Max}{(Note is null ? "" : $" ({Note})")}; got {v}" : null;
}

/// <summary>
/// The one definition of each render setting's range, used by the CLI options, the API's
/// <see cref="Jobs.RenderSettings.Check"/> and <see cref="VideoEncoder"/>.
/// </summary>
public static class VideoLimits
{
    public const int DefaultFps = 30;

    public static readonly IntRange Fps = new("fps", 1, 60);
    public static readonly IntRange Crf = new("crf", 0, 51, "0 = lossless, 23 = default");
    public static readonly IntRange Chunks = new("chunks", 1, 16);
    public static readonly IntRange Width = new("width", 16, ManifestLimits.MaxCanvasWidth);
    public static readonly IntRange Height = new("height", 16, ManifestLimits.MaxCanvasHeight);

    /// <summary>Every value of <paramref name="options"/> outside its range or list (empty when all are usable).</summary>
    public static IEnumerable<string> Problems(VideoOptions options)
    {
        if (!VideoOptions.Presets.Contains(options.Preset))
            yield return $"preset must be one of {string.Join(", ", VideoOptions.Presets)}; got \"{options.Preset}\"";
        foreach (var problem in new[]
                 {
                     Fps.Problem(options.Fps), Crf.Problem(options.Crf), Chunks.Problem(options.Chunks),
                     Width.Problem(options.Width), Height.Problem(options.Height),
                 })
            if (problem is not null) yield return problem;
    }
}
