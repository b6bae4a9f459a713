using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Submission-time estimate of the pauses narration adds (spec §12.3), before any speech is synthesized:
/// speech length from the character count at <see cref="CharactersPerSecond"/> (espeak-ng at its default
/// 160 words per minute speaks about 15), then the same padding rule and cap the planner applies.
/// </summary>
public static class NarrationEstimate
{
    public const double CharactersPerSecond = 15;

    /// <summary>The pause default of <see cref="NarrationOptions.MaxPaddingSeconds"/>.</summary>
    public const double MaxPaddingSeconds = 15;

    public static double SpeechSeconds(string? narration) =>
        string.IsNullOrWhiteSpace(narration) ? 0 : narration.Length / CharactersPerSecond;

    /// <summary>The sentence pause the planner leaves after a step's speech (the default of NarrationOptions.ChunkGapSeconds).</summary>
    public const double SayGapSeconds = 0.4;

    /// <summary>Characters the scene speaks: its narration and its entries' <c>say</c> texts.</summary>
    public static int Characters(SceneEntry scene) =>
        (scene.Narration?.Length ?? 0) + scene.Scene.Timeline.Sum(e => e.Say?.Length ?? 0);

    /// <summary>
    /// Seconds added to the scene beyond its animation: the waits for step speech (an entry lasts at least its
    /// <c>say</c>), then the padding pause or speech running past it.
    /// </summary>
    public static double ExtraSeconds(SceneEntry scene, double maxPadding = MaxPaddingSeconds)
    {
        var waits = scene.Scene.Timeline.Where(e => e.Say is not null)
            .Sum(e => Math.Max(0, SpeechSeconds(e.Say) + SayGapSeconds - e.Duration));
        var speech = SpeechSeconds(scene.Narration);
        if (speech == 0) return waits;
        var animation = scene.Scene.Duration + waits;
        var (pause, capped) = NarrationPadding.Compute(speech, animation, maxPadding);
        var length = capped ? animation + pause : Math.Max(animation + pause, speech);
        return length - scene.Scene.Duration;
    }
}
