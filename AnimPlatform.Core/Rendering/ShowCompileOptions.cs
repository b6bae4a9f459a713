namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Extras for <see cref="ShowCompiler.Compile(AnimPlatform.Core.Manifest.Model.ShowDocument, ShowCompileOptions?)"/>:
/// subtitle tracks by scene position (they lengthen scenes per spec §11 and give <see cref="CompiledShow.Subtitles"/>),
/// and whether the cues are drawn into the frames.
/// </summary>
public sealed record ShowCompileOptions
{
    public IReadOnlyDictionary<int, SceneSubtitles> Subtitles { get; init; } = new Dictionary<int, SceneSubtitles>();
    public bool BurnSubtitles { get; init; }
}
