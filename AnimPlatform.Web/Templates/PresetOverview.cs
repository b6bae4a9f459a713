namespace AnimPlatform.Web.Templates;

/// <summary>What a preset card shows besides its text: scene count, video length and a small picture (a JPEG data URL).</summary>
public sealed record PresetOverview(int SceneCount, double DurationSeconds, string? ThumbnailDataUrl);
