using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Pipeline;

/// <summary>What a render produced: the MP4 (with an AAC track when narrated), sidecar subtitle files if asked for, the cues, and the narration cost.</summary>
public sealed record RenderedVideo(
    string VideoPath,
    double Duration,
    int Frames,
    bool HasAudio,
    string? SrtPath,
    string? VttPath,
    IReadOnlyList<SubtitleCue> Cues,
    NarrationStats? Stats,
    IReadOnlyList<Diagnostic> Warnings);
