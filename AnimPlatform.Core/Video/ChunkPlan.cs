namespace AnimPlatform.Core.Video;

/// <summary>Frames <see cref="First"/> (included) to <see cref="End"/> (excluded) of a video.</summary>
public readonly record struct FrameRange(int First, int End)
{
    public int Count => End - First;

    public override string ToString() => $"{First}..{End}";
}

/// <summary>
/// How a video is split into ranges that are encoded apart (in parallel, or on other machines) and joined
/// without re-encoding. Pure data: every range starts on the keyframe schedule of a single pass (a multiple
/// of <see cref="KeyframeInterval"/> frames, the encoder forces a keyframe every
/// <see cref="KeyframeSeconds"/> s), so a range never needs an earlier frame: a frame is a function of its
/// time alone, and any machine can encode any range from the manifest and the settings.
/// </summary>
public sealed record ChunkPlan(int Fps, int TotalFrames, IReadOnlyList<FrameRange> Ranges)
{
    /// <summary>Seconds between forced keyframes (<see cref="VideoEncoder.OutputArguments"/>).</summary>
    public const int KeyframeSeconds = 2;

    public int KeyframeInterval => Fps * KeyframeSeconds;

    public int Count => Ranges.Count;

    /// <summary>
    /// Up to <paramref name="chunks"/> ranges of at least <paramref name="minChunkSeconds"/> (rounded up to the
    /// keyframe interval) each, as even as the keyframe grid allows; one range when the video is short.
    /// </summary>
    public static ChunkPlan For(int totalFrames, int fps, int chunks, double minChunkSeconds = KeyframeSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalFrames);
        ArgumentOutOfRangeException.ThrowIfLessThan(fps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 1);
        var unit = fps * KeyframeSeconds;
        var minUnits = Math.Max(1, (int)Math.Ceiling(minChunkSeconds * fps / unit));
        var units = (totalFrames + unit - 1) / unit;
        var count = Math.Clamp(Math.Min(chunks, units / minUnits), 1, Math.Max(1, units));
        var ranges = new List<FrameRange>(count);
        for (var i = 0; i < count; i++)
        {
            var first = Math.Min(totalFrames, (int)((long)units * i / count) * unit);
            var end = i == count - 1 ? totalFrames : Math.Min(totalFrames, (int)((long)units * (i + 1) / count) * unit);
            ranges.Add(new FrameRange(first, end));
        }
        return new ChunkPlan(fps, totalFrames, ranges);
    }
}
