namespace AnimPlatform.Core.Jobs;

/// <summary>What one clean-up pass removed.</summary>
public sealed record RetentionResult(int JobsDeleted, int OrphanFilesDeleted);
