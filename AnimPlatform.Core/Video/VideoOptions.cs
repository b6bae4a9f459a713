namespace AnimPlatform.Core.Video;

/// <summary>How a compiled show becomes an MP4.</summary>
public sealed record VideoOptions
{
    public int Fps { get; init; } = 30;
    /// <summary>libx264 preset: ultrafast … veryslow.</summary>
    public string Preset { get; init; } = "veryfast";
    /// <summary>Constant rate factor: 0 = lossless, 23 = default, 51 = worst.</summary>
    public int Crf { get; init; } = 23;
    /// <summary>libx264 (default, deterministic), "auto" (a working hardware encoder if any), or an ffmpeg encoder name.</summary>
    public string Encoder { get; init; } = EncoderSelector.Software;
    /// <summary>Output size; null = the canvas size. The drawing is scaled to fit.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }
    /// <summary>
    /// Constant frame rate: every frame is encoded. Off (the default), only frames that differ are encoded
    /// and keep their exact timestamps (variable frame rate) — same picture at every instant, far faster.
    /// </summary>
    public bool ConstantFrameRate { get; init; }
    /// <summary>
    /// Encode this many ranges of frames in parallel and join them without re-encoding (1 = single pass).
    /// Each range starts with a keyframe; the joined file shows the same frames as a single pass.
    /// </summary>
    public int Chunks { get; init; } = DefaultChunks;

    /// <summary>
    /// Parallel ranges by default only where they help: with 4+ cores, one range per 2 cores (up to 4), so each
    /// ffmpeg keeps threads to encode with; on 2 cores drawing and x264 already fill the machine (1 = as before).
    /// </summary>
    public static int DefaultChunks => Environment.ProcessorCount >= 4 ? Math.Min(4, Environment.ProcessorCount / 2) : 1;

    /// <summary>libx264 -tune (e.g. "animation"); null = none.</summary>
    public string? Tune { get; init; }
    /// <summary>Collects where the time goes (bench); null = not measured.</summary>
    public RenderTimings? Timings { get; init; }

    public static readonly IReadOnlySet<string> Presets = new HashSet<string>
    {
        "ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow",
    };
}
