namespace AnimPlatform.Core.Manifest.Model;

/// <summary>How a scene replaces the previous one (spec §10.2); <c>none</c> covers missing, "none" and unknown types.</summary>
public sealed record TransitionSpec(string Type, double Duration, string? Easing)
{
    public static readonly TransitionSpec None = new("none", 0, null);
    public static readonly IReadOnlySet<string> AnimatedTypes = new HashSet<string> { "fade", "crossfade", "slide-left", "slide-right" };

    public bool IsCut => Type == "none";
}
