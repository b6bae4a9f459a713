namespace AnimPlatform.Core.Rendering;

/// <summary>Where a scene sits in the video: its transition starts at TransitionStart, its timeline runs Start..End.</summary>
public sealed record SceneSpan(int Index, string Name, double TransitionStart, double Start, double End);
