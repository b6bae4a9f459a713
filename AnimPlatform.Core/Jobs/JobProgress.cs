namespace AnimPlatform.Core.Jobs;

/// <summary>How far a render is (0–100) and what it is doing.</summary>
public sealed record JobProgress(int Percent, string Stage);
