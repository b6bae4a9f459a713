namespace AnimPlatform.Web.Drafts;

/// <summary>One scene as edited on the Generate page: its manifest as text plus the show-level fields.</summary>
public sealed class SceneDraft
{
    public string Name { get; set; } = "";
    public string Narration { get; set; } = "";
    /// <summary>none, fade, crossfade, slide-left, slide-right.</summary>
    public string Transition { get; set; } = "none";
    public double TransitionSeconds { get; set; } = 0.8;
    public string ManifestText { get; set; } = "";
}
