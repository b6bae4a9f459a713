namespace AnimPlatform.Core.Manifest.Model;

/// <summary>A single scene ready to compile: inherited meta, resolved palette, typed objects and timeline.</summary>
public sealed record SceneManifest(SceneMeta Meta, IReadOnlyList<ObjectDefinition> Objects, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>Spec §11 sceneDuration: sum of entries, parallel blocks count their longest action.</summary>
    public double Duration => Timeline.Sum(e => e.Duration);
}
