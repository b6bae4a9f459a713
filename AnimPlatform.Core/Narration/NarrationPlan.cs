using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// The timing model of a narrated video, decided once before compiling: per narrated scene its spoken
/// chunks (measured clips, of its narration and its entries' <c>say</c>), where each starts within the scene, the
/// waits step narration adds, the padding pause and the scene's length. <see cref="Apply"/> inserts the pauses; <see cref="CompileOptions"/> gives the compiler the subtitle
/// tracks, which make every scene last max(timeline, speech). The audio track and the cues are then placed at
/// the compiled scenes' start times (<see cref="CompiledShow.Scenes"/>), so sound, captions and picture share
/// one clock.
/// </summary>
public sealed class NarrationPlan(IReadOnlyList<SceneNarration> scenes, IReadOnlyList<Diagnostic> warnings, NarrationStats stats)
{
    public IReadOnlyList<SceneNarration> Scenes { get; } = scenes;
    public IReadOnlyList<Diagnostic> Warnings { get; } = warnings;
    public NarrationStats Stats { get; } = stats;
    public bool HasSpeech => Scenes.Any(s => s.Chunks.Count > 0);

    public SceneNarration? ForScene(int position) => Scenes.FirstOrDefault(s => s.Position == position);

    /// <summary>The show with every wait for step narration and every padding pause inserted into its scene's timeline.</summary>
    public ShowDocument Apply(ShowDocument show)
    {
        if (Scenes.All(s => s.Padding <= 0 && s.Waits.Count == 0)) return show;
        var entries = show.Scenes.Select((entry, i) => ForScene(i) is { } n && (n.Padding > 0 || n.Waits.Count > 0)
            ? entry with
            {
                Scene = NarrationPadding.Insert(StepSpeechLayout.Insert(entry.Scene, n.Waits), n.Padding, $"scenes[{i}].narration"),
            }
            : entry).ToList();
        return show with { Scenes = entries };
    }

    public ShowCompileOptions CompileOptions(bool burnSubtitles) => new()
    {
        Subtitles = Scenes.Where(s => s.Chunks.Count > 0).ToDictionary(s => s.Position, s => s.ToSubtitles()),
        BurnSubtitles = burnSubtitles,
    };
}
