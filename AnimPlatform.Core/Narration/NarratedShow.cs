using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// A show ready to encode: the show with its padding pauses (<see cref="Show"/>), compiled
/// (<see cref="Compiled"/>: frames, scene spans, cues), and the narration plan (null when narration is off or
/// there is nothing to say). <see cref="Duration"/> is the video's length, padding included.
/// </summary>
public sealed record NarratedShow(ShowDocument Show, CompiledShow Compiled, NarrationPlan? Plan, NarrationRequest Request, IReadOnlyList<Diagnostic> Warnings)
{
    public double Duration => Compiled.Duration;
    public bool HasAudio => Plan is { HasSpeech: true };
    public IReadOnlyList<SubtitleCue> Cues => Compiled.Subtitles;

    /// <summary>Narration off: the show compiled as the spec computes it, nothing added.</summary>
    public static NarratedShow Silent(ShowDocument show, NarrationRequest? request = null)
    {
        var compiled = ShowCompiler.Compile(show);
        return new NarratedShow(show, compiled, null, request ?? NarrationRequest.Off, compiled.Warnings);
    }
}
