namespace AnimPlatform.Core.Manifest.Model;

public sealed record SceneEntry(int Index, string Name, TransitionSpec Transition, string? Narration, SceneManifest Scene);
